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
