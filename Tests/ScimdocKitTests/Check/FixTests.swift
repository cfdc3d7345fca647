import Foundation
import Testing

@testable import ScimdocKit

/// One `--fix` example of one rule: the page before and after.
struct FixExample: CustomTestStringConvertible, Sendable {
  var rule: String
  var index: Int
  var before: String
  var after: String
  var testDescription: String { "\(rule) fix #\(index + 1)" }

  static let all: [FixExample] = DocRules.all.flatMap { rule in
    (rule.fix?.examples ?? []).enumerated().map {
      FixExample(rule: rule.description.id, index: $0, before: $1.before, after: $1.after)
    }
  }
}

/// Runs `check --fix` on the content tree at `root`.
func fixTree(_ root: String, options: CheckOptions = CheckOptions()) throws -> Fixer.Outcome {
  var options = options
  options.threads = 1
  return try Fixer.run(options: options) { () throws(InputError) in
    try DocsCheck.report(paths: [root], options: options)
  }
}

/// `text` with SARIF replacements applied: regions by line and column
/// (Unicode scalars, end exclusive), insertions at one place in order.
func applySARIF(
  _ replacements: [(line: Int, column: Int, endLine: Int, endColumn: Int, text: String)],
  to text: String
) -> String {
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
    Array(String($0).unicodeScalars)
  }
  func offset(_ line: Int, _ column: Int) -> Int {
    lines[0..<(line - 1)].reduce(0) { $0 + $1.count + 1 } + column - 1
  }
  let scalars = Array(text.unicodeScalars)
  let edits = replacements.enumerated().map { i, r in
    (start: offset(r.line, r.column), end: offset(r.endLine, r.endColumn), text: r.text, i: i)
  }.sorted {
    ($0.start, $0.end > $0.start ? 1 : 0, $0.i) < ($1.start, $1.end > $1.start ? 1 : 0, $1.i)
  }
  var out = String.UnicodeScalarView()
  var at = 0
  for e in edits {
    out.append(contentsOf: scalars[at..<e.start])
    out.append(contentsOf: e.text.unicodeScalars)
    at = e.end
  }
  out.append(contentsOf: scalars[at...])
  return String(out)
}

@Suite struct FixTests {
  @Test(arguments: FixExample.all)
  func fixExample(_ example: FixExample) throws {
    let root = try makeTree(["a.md": example.before])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let outcome = try fixTree(root)
    let fixed = try String(contentsOfFile: root + "/a.md", encoding: .utf8)
    #expect(fixed == example.after)
    #expect(outcome.report.fixedCount > 0)
    #expect(!outcome.report.findings.contains { $0.rule == example.rule })
    #expect(outcome.refused.isEmpty)
  }

  /// The SARIF `fixes` of the rule's findings, applied by line and column,
  /// give the page `--fix` writes.
  @Test(arguments: FixExample.all)
  func sarifFixesAreTheEditsFixApplies(_ example: FixExample) throws {
    let root = try makeTree(["a.md": example.before])
    defer { try? FileManager.default.removeItem(atPath: root) }
    var options = CheckOptions()
    options.threads = 1
    let report = try DocsCheck.report(paths: [root], options: options)
    let sarif = ReportFormat.sarif.render(report, context: ReportContext())
    let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let runs = try #require(log["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    var replacements: [(line: Int, column: Int, endLine: Int, endColumn: Int, text: String)] = []
    for result in results where result["ruleId"] as? String == example.rule {
      let fixes = try #require(result["fixes"] as? [[String: Any]], "no fixes on \(result)")
      let changes = try #require(fixes.first?["artifactChanges"] as? [[String: Any]])
      let location = try #require(changes.first?["artifactLocation"] as? [String: Any])
      #expect((location["uri"] as? String)?.hasSuffix("a.md") == true)
      for r in try #require(changes.first?["replacements"] as? [[String: Any]]) {
        let region = try #require(r["deletedRegion"] as? [String: Int])
        let inserted = try #require(r["insertedContent"] as? [String: String])
        replacements.append(
          (
            try #require(region["startLine"]), try #require(region["startColumn"]),
            try #require(region["endLine"]), try #require(region["endColumn"]),
            try #require(inserted["text"])
          ))
      }
    }
    #expect(!replacements.isEmpty)
    #expect(applySARIF(replacements, to: example.before) == example.after)
  }

  @Test func brokenFrontMatterPageIsLeftByteForByte() throws {
    // A duplicate key stops the front matter; the body's broken anchor has a
    // certain edit, but the page must not be touched.
    let page =
      "---\ntitle: \"Sync\"\nupdated: 2024-1-9\nupdated: 2024-2-9\n---\n\n"
      + "See [the steps](#set-up-step).\n\n## Set up steps\n"
    let root = try makeTree(["a.md": page])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let before = try Data(contentsOf: URL(fileURLWithPath: root + "/a.md"))
    let outcome = try fixTree(root)
    #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/a.md")) == before)
    #expect(outcome.report.fixedCount == 0)
    #expect(outcome.report.findings.contains { $0.rule == "anchor-broken" && !$0.edits.isEmpty })
    #expect(outcome.refused.map(\.reason) == ["its front matter cannot be read"])
  }

  @Test func pageThatIsNotUTF8IsLeftByteForByte() throws {
    let root = try makeTree([:])
    defer { try? FileManager.default.removeItem(atPath: root) }
    var bytes = Array("---\ntitle: \"A\"\nupdated: 2024-1-9\n---\n\nCaf".utf8)
    bytes += [0xE9, 0x0A]
    let path = root + "/a.md"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let outcome = try fixTree(root)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    #expect(outcome.report.findings.contains { $0.rule == "file-unreadable" })
  }

  @Test func byteOrderMarkAndCRLFAreKept() throws {
    let root = try makeTree([:])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let text =
      "---\r\ntitle: \"A\"\r\nupdated: 2024-1-9\r\n---\r\n\r\n## Contents\r\n\r\n* [One](#one)\r\n\r\n"
      + "## One\r\n\r\n## Two\r\n"
    let path = root + "/a.md"
    try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: URL(fileURLWithPath: path))
    let outcome = try fixTree(root)
    let expected =
      "---\r\ntitle: \"A\"\r\nupdated: 2024-01-09\r\n---\r\n\r\n## Contents\r\n\r\n* [One](#one)\r\n"
      + "* [Two](#two)\r\n\r\n## One\r\n\r\n## Two\r\n"
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: path))
        == Data([0xEF, 0xBB, 0xBF] + Array(expected.utf8)))
    #expect(outcome.report.fixedCount == 2)
    #expect(outcome.report.findings.isEmpty)
  }

  @Test func suppressedFindingIsNotFixed() throws {
    let page = DocRule.page(
      "<!-- scimdoc-disable-next-line anchor-broken reason=\"kept for old links\" -->\n"
        + "See [below](#the-end).\n\n## The ending")
    let root = try makeTree(["a.md": page])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let outcome = try fixTree(root)
    #expect(try String(contentsOfFile: root + "/a.md", encoding: .utf8) == page)
    #expect(outcome.report.fixedCount == 0)
    #expect(outcome.filesChanged.isEmpty)
  }

  /// Curly quotes written as YAML escapes, or a title behind an anchor, are
  /// not in the text to replace: the finding stays, without an edit.
  @Test func titlesThatCannotBeEditedInPlaceGetNoEdit() throws {
    for frontMatter in [
      "title: \"Using \\u201CSync\\u201D\"", "title: &t \"Using \u{201C}Sync\u{201D}\"",
    ] {
      let file = SourceFile(path: "a.md", text: DocRule.page(frontMatter, "Text."))
      let finding = PageAnalyzer.analyze(file).findings.first { $0.rule == "title-smart-quotes" }
      #expect(finding != nil, "\(frontMatter)")
      #expect(finding?.edits.isEmpty == true, "\(frontMatter)")
    }
  }

  @Test func tiedSuggestionsGiveNoEdit() throws {
    let page = DocRule.page("See [it](#configure).\n\n## Configure Okta\n\n## Configure Entra")
    let root = try makeTree(["a.md": page])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let report = try DocsCheck.report(paths: [root], options: CheckOptions())
    let finding = try #require(report.findings.first { $0.rule == "anchor-broken" })
    #expect(finding.fix != nil)
    #expect(finding.edits.isEmpty)
  }
}
