import Foundation
import Testing

/// The schemas are strict enough to catch a wrong output: a real report and
/// checklist, each changed in one way, fail validation.
@Suite("Schema strictness")
struct SchemaStrictnessTests {
  typealias Item = SchemaValidation.Item

  @Test func wrongOutputsFail() throws {
    guard CLIRunner.binary != nil else { return }
    let text = try Contract.output(
      ["check", "Tests/ScimdocKitTests/Check/Fixtures/site", "--format", "json"])
    let report = try Contract.object(text)
    let findings = try #require(report["findings"] as? [[String: Any]])
    let first = try #require(findings.first)
    /// The report with its first finding replaced by `change(first)`.
    func withFinding(_ change: (inout [String: Any]) -> Void) throws -> String {
      var finding = first
      change(&finding)
      var copy = report
      copy["findings"] = [finding] + findings.dropFirst()
      return try Contract.text(copy)
    }
    var versionOne = report
    versionOne["formatVersion"] = "1.0"
    let checklist = try Contract.object(
      Contract.output([
        "checklist", "content/configuring-scim-with-azure-ad.md", "--format", "json",
      ]))
    var withHelper = checklist
    withHelper["hasFacts"] = true
    let wrong: [(String, String, String)] = [
      ("an unknown finding key", "report.schema.json", try withFinding { $0["line"] = 3 }),
      ("no fingerprint", "report.schema.json", try withFinding { $0["fingerprint"] = nil }),
      (
        "a severity that does not exist", "report.schema.json",
        try withFinding { $0["severity"] = "fatal" }
      ),
      (
        "the old index.json finding shape", "report.schema.json",
        try withFinding {
          $0["fingerprint"] = nil
          $0["notes"] = [String]()
        }
      ),
      (
        "a column of 0", "report.schema.json",
        try withFinding {
          var location = $0["location"] as? [String: Any] ?? [:]
          location["column"] = 0
          $0["location"] = location
        }
      ),
      ("format version 1.0", "report.schema.json", try Contract.text(versionOne)),
      ("a template flag in the checklist", "checklist.schema.json", try Contract.text(withHelper)),
    ]
    let items =
      [Item(schema: "report.schema.json", instance: text)]
      + wrong.map { Item(schema: $0.1, instance: $0.2) }
    guard let errors = try SchemaValidation.errors(items) else { return }
    #expect(errors[0].isEmpty, "the real report is valid: \(errors[0])")
    for (i, (label, _, _)) in wrong.enumerated() {
      #expect(!errors[i + 1].isEmpty, "\(label) passed validation")
    }
  }
}
