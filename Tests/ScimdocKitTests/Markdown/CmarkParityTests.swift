import Foundation
import Testing

@testable import ScimdocKit

/// Differential test: our XML against `cmark-gfm -t xml --sourcepos -e table`.
@Suite struct CmarkParityTests {
  @Test(.enabled(if: ParityCorpus.available, "needs ../shared and /usr/bin/cmark-gfm"))
  func corpusMatchesCmarkGFM() throws {
    let pages = ParityCorpus.pages()
    #expect(pages.count > 500)
    var same = 0
    var failing: [String] = []
    let dumpDir = ProcessInfo.processInfo.environment["SCIMDOC_PARITY_DUMP"]
    var sampleSame = false
    for url in pages {
      let bytes = [UInt8](try Data(contentsOf: url))
      let (blanked, _) = ParityCorpus.blankFrontMatter(bytes)
      let expected = try ParityCorpus.cmarkXML(blanked)
      let ours = try ParityCorpus.ourXML(bytes, path: url.path)
      if ParityCorpus.normalized(expected) == ParityCorpus.normalized(ours) {
        same += 1
        if url.lastPathComponent == "configuring-scim-with-azure-ad.md" { sampleSame = true }
      } else {
        failing.append(url.path)
        if let dumpDir {
          let name = url.path.replacingOccurrences(of: "/", with: "_")
          try? expected.write(
            toFile: "\(dumpDir)/\(name).cmark.xml", atomically: true, encoding: .utf8)
          try? ours.write(toFile: "\(dumpDir)/\(name).ours.xml", atomically: true, encoding: .utf8)
        }
      }
    }
    let percent = Double(same) * 100 / Double(max(pages.count, 1))
    print(
      "cmark parity: \(same)/\(pages.count) pages identical (\(String(format: "%.2f", percent))%)")
    for page in failing { print("  differs: \(page)") }
    #expect(percent >= 99)
    #expect(sampleSame)
  }

  @Test func reportsWhenSkipped() {
    if !ParityCorpus.available {
      print("CmarkParityTests: SKIPPED — ../shared or /usr/bin/cmark-gfm is missing")
    }
  }
}

/// Developer aid: compares snippets from `SCIMDOC_DIFF_CASES` (cases separated
/// by lines `%%%`) with cmark-gfm and prints every difference.
@Suite struct CmarkSnippetDiff {
  static var casesPath: String? { ProcessInfo.processInfo.environment["SCIMDOC_DIFF_CASES"] }

  @Test(.enabled(if: casesPath != nil && ParityCorpus.cmarkInstalled))
  func snippetsMatchCmarkGFM() throws {
    guard let path = Self.casesPath else { return }
    let all = try String(contentsOfFile: path, encoding: .utf8)
    var failures = 0
    let cases = all.components(separatedBy: "\n%%%\n")
    for (i, text) in cases.enumerated() {
      let bytes = Array(text.utf8)
      let expected = try ParityCorpus.cmarkXML(bytes)
      let ours = try ParityCorpus.ourXML(bytes, path: "case\(i).md", frontMatter: false)
      let e = ParityCorpus.normalized(expected)
      let o = ParityCorpus.normalized(ours)
      if e != o {
        failures += 1
        print("=== case \(i): \(text.debugDescription)")
        print("--- cmark\n\(expected)--- ours\n\(ours)")
      }
    }
    print("snippets: \(cases.count - failures)/\(cases.count) identical")
  }
}
