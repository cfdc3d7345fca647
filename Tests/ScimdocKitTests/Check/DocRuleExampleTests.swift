import Foundation
import Testing

@testable import ScimdocKit

/// Writes a content tree to a fresh temporary folder.
func makeTree(_ files: [String: String]) throws -> String {
  let root = FileManager.default.temporaryDirectory
    .appendingPathComponent("scimdoc-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  for (path, text) in files {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
  return root.path
}

/// One example of one rule, for the parameterised test.
struct DocRuleExample: CustomTestStringConvertible, Sendable {
  var rule: String
  var files: [String: String]
  var triggers: Bool
  var testDescription: String {
    "\(rule) \(triggers ? "triggers" : "does not trigger") #\(files.count)"
  }
}

@Suite struct DocDocRuleExampleTests {
  static let examples: [DocRuleExample] = DocRules.all.flatMap { rule in
    rule.triggering.map { DocRuleExample(rule: rule.description.id, files: $0, triggers: true) }
      + rule.nonTriggering.map {
        DocRuleExample(rule: rule.description.id, files: $0, triggers: false)
      }
  }

  @Test(arguments: examples)
  func ruleExample(_ example: DocRuleExample) throws {
    let root = try makeTree(example.files)
    defer { try? FileManager.default.removeItem(atPath: root) }
    var options = CheckOptions()
    options.threads = 1
    options.profiles = try ProfileSet.load()
    let (report, _) = try DocsCheck.run(paths: [root], options: options)
    let hits = report.findings.filter { $0.rule == example.rule && !$0.suppressed }
    if example.triggers {
      #expect(!hits.isEmpty, "expected \(example.rule); got \(report.findings.map(\.rule))")
    } else {
      #expect(hits.isEmpty, "unexpected \(hits.map(\.message))")
    }
  }

  @Test func ruleIdsAreUniqueKebabCase() {
    let ids = DocRules.all.map(\.description.id)
    #expect(Set(ids).count == ids.count)
    for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)") }
  }

  @Test func suppressionWithReasonSilencesAndIsCounted() throws {
    let page =
      "---\ntitle: \"A\"\n---\n\n<!-- scimdoc-disable-next-line anchor-broken reason=\"old link\" -->\nSee [x](#nowhere).\n"
    let root = try makeTree(["a.md": page])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (report, _) = try DocsCheck.run(paths: [root], options: CheckOptions())
    #expect(report.suppressedCount == 1)
    #expect(!report.fails(at: .error))
  }

  @Test func projectConfigTurnsRulesOffAndRelevels() throws {
    let root = try makeTree([
      "a.md": "---\ntitle: \"A\"\nupdated: 2024-1-9\n---\n\nSee [x](#nowhere).\n",
      ".scimdoc.yml": "rules:\n  anchor-broken: off\n  updated-unpadded: error\n",
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    var options = CheckOptions()
    options.project = try ProjectConfig.discover(from: root, loader: SourceLoader())
    let (report, _) = try DocsCheck.run(paths: [root], options: options)
    #expect(!report.findings.contains { $0.rule == "anchor-broken" })
    #expect(report.findings.first { $0.rule == "updated-unpadded" }?.severity == .error)
  }

  /// Issue 14: a misspelled rule id in `.scimdoc.yml` was accepted and did nothing.
  @Test func unknownRuleIdInSettingsIsAPositionedErrorWithASuggestion() throws {
    let root = try makeTree([
      ".scimdoc.yml": "rules:\n  anchor-broken: off\n  updated-unpaded: error\n"
    ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect {
      _ = try ProjectConfig.load(root + "/.scimdoc.yml", loader: SourceLoader())
    } throws: { error in
      let e = error as? InputError
      return e?.location?.line == 3 && e?.location?.column == 3
        && (e?.rendered.contains("did you mean 'updated-unpadded'?") ?? false)
    }
  }

  @Test func unknownProjectKeyIsAPositionedError() throws {
    let root = try makeTree([".scimdoc.yml": "content: docs\nurl_prefx: /x/\n"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect {
      _ = try ProjectConfig.load(root + "/.scimdoc.yml", loader: SourceLoader())
    } throws: { error in
      (error as? InputError)?.location?.line == 2
    }
  }
}
