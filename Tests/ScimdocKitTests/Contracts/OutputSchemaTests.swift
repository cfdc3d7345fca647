import Foundation
import Testing

/// Every JSON output, produced by the real binary on `content/`, the test
/// fixtures, `examples/` and pages of our own, validates against its schema
/// in `schemas/` (Python `jsonschema`; skipped with a message without it).
@Suite("Output schemas")
struct OutputSchemaTests {
  typealias Item = SchemaValidation.Item

  /// Validates every item and expects no errors.
  func expectValid(_ items: [Item], _ labels: [String]) throws {
    guard let errors = try SchemaValidation.errors(items) else { return }
    for (label, list) in zip(labels, errors) {
      #expect(list.isEmpty, "\(label): \(list.prefix(5).joined(separator: "\n"))")
    }
  }

  @Test func reportsOfCheckLintAndBuildValidate() throws {
    guard CLIRunner.binary != nil else { return }
    let out = try makeTempDir("schema-build")
    defer { try? FileManager.default.removeItem(at: out) }
    // Sites with findings: the bundled content/ is clean (every setting on
    // its pages is understood), so the fixture site stands in for it.
    let runs: [[String]] = [
      ["check", "Tests/ScimdocKitTests/Check/Fixtures/site"],
      ["lint", "examples/kafkaman-tenant.json"],
      ["lint", "examples/kafkaman-graph-export.json"],
      ["build", "Tests/ScimdocKitTests/Check/Fixtures/site", "--out", out.path, "--no-cache"],
    ]
    var items: [Item] = []
    for args in runs {
      let text = try Contract.output(args + ["--format", "json", "--fail-level", "none"])
      let report = try Contract.object(text)
      // Real outputs with something in them, not an empty report.
      #expect(!((report["findings"] as? [Any]) ?? []).isEmpty, "\(args)")
      if args[0] == "lint" { #expect(!((report["checks"] as? [Any]) ?? []).isEmpty) }
      items.append(Item(schema: "report.schema.json", instance: text))
    }
    try expectValid(items, runs.map { $0.joined(separator: " ") })
  }

  @Test func buildOutputsValidate() throws {
    guard CLIRunner.binary != nil else { return }
    let site = try Contract.contradictionSite()
    defer { try? FileManager.default.removeItem(at: site) }
    let out = try makeTempDir("schema-index")
    defer { try? FileManager.default.removeItem(at: out) }
    var items: [Item] = []
    var labels: [String] = []
    for (content, folder) in [(Contract.root.appendingPathComponent("content"), "site")] + [
      (site.appendingPathComponent("content"), "acme")
    ] {
      let target = out.appendingPathComponent(folder)
      _ = try Contract.output(
        ["build", content.path, "--out", target.path, "--no-cache", "--fail-level", "none"],
        cwd: content.deletingLastPathComponent())
      for file in filesUnder(target) {
        let schema =
          file == "index.json"
          ? "index.schema.json"
          : file.hasSuffix("/checklist.json")
            ? "checklist.schema.json"
            : file.hasSuffix("/manifest.json") ? "manifest.schema.json" : nil
        guard let schema else { continue }
        let text = try String(contentsOf: target.appendingPathComponent(file), encoding: .utf8)
        items.append(Item(schema: schema, instance: text))
        labels.append("\(folder)/\(file)")
      }
    }
    #expect(labels.filter { $0.hasSuffix("checklist.json") }.count >= 3)
    // The suppressed finding is kept in index.json, with its reason.
    let acme = try Contract.object(
      String(contentsOf: out.appendingPathComponent("acme/index.json"), encoding: .utf8))
    let findings = try #require(acme["findings"] as? [[String: Any]])
    #expect(findings.contains { $0["suppressionReason"] as? String == "a local test server" })
    #expect(findings.allSatisfy { ($0["fingerprint"] as? String)?.count == 16 })
    try expectValid(items, labels)
  }

  @Test func checklistAndDiffValidate() throws {
    guard CLIRunner.binary != nil else { return }
    let page = "content/configuring-scim-with-azure-ad.md"
    let ticked = try Contract.output(
      ["checklist", page, "--format", "json", "--config", "examples/kafkaman-tenant.json"])
    #expect(ticked.contains("\"violated\" : true") && ticked.contains("\"checked\" : true"))
    let plain = try Contract.output([
      "checklist", "content/setting-up-scim-with-okta.md", "--format", "json",
    ])
    // A newer version of the sample page: one requirement changed, one removed.
    let dir = try makeTempDir("schema-diff")
    defer { try? FileManager.default.removeItem(at: dir) }
    let old = try String(contentsOf: Contract.root.appendingPathComponent(page), encoding: .utf8)
    let new = old.replacingOccurrences(of: "needs to be turned off", with: "should be turned on")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("Provisioning Status") }.joined(separator: "\n")
    #expect(new != old)
    let newPath = dir.appendingPathComponent("new.md")
    try new.write(to: newPath, atomically: true, encoding: .utf8)
    let diff = try Contract.output(["diff", page, newPath.path, "--json"])
    let kinds = try #require(try Contract.object(diff)["changes"] as? [[String: Any]])
      .compactMap { $0["kind"] as? String }
    #expect(kinds.contains("changed") && kinds.contains("removed"))
    try expectValid(
      [
        Item(schema: "checklist.schema.json", instance: ticked),
        Item(schema: "checklist.schema.json", instance: plain),
        Item(schema: "diff.schema.json", instance: diff),
      ], ["checklist --config", "checklist", "diff"])
  }
}
