import Foundation
import Testing

@testable import ScimdocKit

/// `check --fix` on real pages: the problem pages of the shared corpus.
@Suite struct FixCorpusTests {
  /// A Contents list line `* [Text](#anchor)`, as `--fix` adds them.
  static func isContentsLine(_ line: String) -> Bool {
    line.range(of: #"^\s*[-*+] \[.*\]\(#[^)\s]*\)$"#, options: .regularExpression) != nil
  }

  @Test func problemPagesAreCleanAfterFixAndOnlyTheFixedLinesChange() throws {
    guard let corpus = TestPaths.shared("corpus/problem-pages", for: "fix corpus test") else {
      return
    }
    let fm = FileManager.default
    let root = try makeTree([:])
    defer { try? fm.removeItem(atPath: root) }
    // Every page, flat (a page listed under two categories is one page).
    for folder in try fm.contentsOfDirectory(atPath: corpus.path).sorted() {
      let dir = corpus.appendingPathComponent(folder)
      for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? [] where name.hasSuffix(".md")
      {
        let target = root + "/" + name
        if !fm.fileExists(atPath: target) {
          try fm.copyItem(atPath: dir.appendingPathComponent(name).path, toPath: target)
        }
      }
    }
    var options = CheckOptions()
    options.threads = 2
    let before = try DocsCheck.report(paths: [root], options: options)
    let editable = Dictionary(grouping: before.findings.filter { !$0.edits.isEmpty }) {
      URL(fileURLWithPath: $0.location?.file ?? "").lastPathComponent
    }
    var original: [String: Data] = [:]
    for name in try fm.contentsOfDirectory(atPath: root) {
      original[name] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + name))
    }
    let outcome = try fixTree(root, options: options)
    let refused = Set(outcome.refused.map { URL(fileURLWithPath: $0.path).lastPathComponent })
    print(
      "fix corpus: \(editable.count) pages with certain fixes, \(outcome.filesChanged.count) fixed, \(refused.count) left alone, \(outcome.report.fixedCount) findings fixed"
    )
    #expect(outcome.filesChanged.count >= 10)
    #expect(outcome.report.fixedCount >= 30)
    // The pages whose front matter cannot be read had edits but are refused.
    #expect(refused.count >= 2)

    // A second check: nothing certain is left, outside the refused pages.
    let after = try DocsCheck.report(paths: [root], options: options)
    for finding in after.findings {
      let name = URL(fileURLWithPath: finding.location?.file ?? "").lastPathComponent
      guard !refused.contains(name) else { continue }
      #expect(finding.edits.isEmpty, "still fixable: \(finding.rule) in \(name)")
      #expect(!["updated-unpadded", "title-smart-quotes"].contains(finding.rule), "\(name)")
    }

    for (name, bytes) in original {
      let now = try Data(contentsOf: URL(fileURLWithPath: root + "/" + name))
      guard let findings = editable[name], !refused.contains(name) else {
        #expect(now == bytes, "\(name) changed without a certain fix")
        continue
      }
      // Only the lines the edits touch are removed; what is added is those
      // lines changed, and new Contents lines.
      let old = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
      let new = String(decoding: now, as: UTF8.self).components(separatedBy: "\n")
      var touched = Set<Int>()
      for edit in findings.flatMap(\.edits) { touched.formUnion(edit.line...edit.endLine) }
      var removed = 0
      var rewritten = 0
      for change in new.difference(from: old) {
        switch change {
        case .remove(let offset, _, _):
          removed += 1
          #expect(touched.contains(offset + 1), "\(name): line \(offset + 1) changed unasked")
        case .insert(_, let line, _):
          // Contents lines, and blank lines between them in a loose list.
          let blank = line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
          if !Self.isContentsLine(line), !blank { rewritten += 1 }
        }
      }
      #expect(rewritten <= removed, "\(name): more lines added than the fixes explain")
      #expect(now != bytes, "\(name) had certain fixes but did not change")
    }
  }
}
