import Foundation
import Testing

@testable import ScimdocKit

/// Lint of the Graph export fixtures against the sample page's manifest.
@Suite struct EntraLintTests {
  static func lint(_ fixture: String) throws -> Report? {
    guard let dir = TestPaths.shared("fixtures/entra-graph", for: "EntraLintTests") else {
      return nil
    }
    let path = dir.appendingPathComponent(fixture).path
    let file = try SourceLoader().load(path)
    let loaded = try ConfigLoader.load(file: file)
    let manifest = try TestPipeline.manifest(TestPaths.samplePage)
    return Linter.lint(loaded, against: [manifest])
  }

  @Test func cleanLiveConfigPassesEveryRequirement() throws {
    guard let report = try Self.lint("SYNTHESIZED-kafkaman-live-config.json") else { return }
    #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    #expect(report.checks.count >= 9)
    #expect(report.checks.allSatisfy { $0.status == .passed })
  }

  @Test func driftedConfigFindingsPointAtValueAndSentence() throws {
    guard let report = try Self.lint("SYNTHESIZED-kafkaman-live-config-drifted.json") else {
      return
    }
    let byKey = Dictionary(
      report.findings.compactMap { f in f.key.map { ($0, f) } }, uniquingKeysWith: { a, _ in a })
    let tenant = try #require(byKey["/tenantUrl"])
    #expect(tenant.rule == "requirement-mismatch")
    #expect(tenant.location?.line == 81)
    #expect(tenant.location?.column == 18)
    #expect(tenant.location?.pointer?.hasPrefix("/secrets") == true)
    #expect(tenant.requiredBy?.location.line == 42)
    #expect(tenant.requiredBy?.quote.contains("Tenant URL") == true)
    #expect(byKey["/groups/enabled"]?.severity == .error)
    #expect(byKey["/groups/enabled"]?.requiredBy?.quote.contains("needs to be turned off") == true)
    #expect(byKey["/scope"]?.rule == "requirement-mismatch")
    #expect(byKey["/provisioningStatus"]?.rule == "requirement-mismatch")
    #expect(report.findings.contains { $0.rule == "job-quarantined" })
  }

  @Test func checklistTicksSatisfiedStepsAndFlagsViolatedOnes() throws {
    guard let report = try Self.lint("SYNTHESIZED-kafkaman-live-config-drifted.json") else {
      return
    }
    let manifest = try TestPipeline.manifest(TestPaths.samplePage)
    let ticked = ChecklistTicks.apply(report, to: ChecklistBuilder.build(manifest))
    let items = ticked.groups.flatMap(\.items)
    let mode = try #require(items.first { $0.text.contains("Provisioning Mode") })
    #expect(mode.checked == true)
    let url = try #require(items.first { $0.text.contains("Tenant URL") })
    #expect(url.violated == true)
    #expect(url.problems?.first?.contains("/tenantUrl") == true)
    let md = try ChecklistRenderer.render(ticked, format: .md)
    #expect(md.contains("- [x] **9.**"))
    #expect(md.contains("differs from the config"))
  }

  /// Issue 15: a gallery app's job (`templateId` `slack`) was linted against
  /// the page without a word.
  @Test(arguments: [("slack", true), ("scim", false), ("customappsso", false), ("aws", true)])
  func aGalleryJobIsFlagged(_ template: String, _ flagged: Bool) throws {
    let bundle = """
      {"jobs": {"value": [{"id": "\(template).1", "templateId": "\(template)",
        "schedule": {"state": "Active", "interval": "PT40M"}}]}}
      """
    let loaded = try ConfigLoader.load(file: SourceFile(path: "bundle.json", text: bundle))
    let report = Linter.lint(loaded, against: [try TestPipeline.manifest(TestPaths.samplePage)])
    let hit = report.findings.first { $0.rule == "job-not-scim-template" }
    #expect((hit != nil) == flagged)
    if let hit {
      #expect(hit.severity == .warning && hit.message.contains("'\(template)'"))
      #expect(hit.location?.line == 1 && hit.location?.pointer == "/jobs/value/0/templateId")
    }
  }

  @Test func quarantineAndSentinelAreHealthFindings() throws {
    guard let dir = TestPaths.shared("fixtures/entra-graph", for: "EntraLintTests") else { return }
    for (fixture, rule) in [
      ("graph-job-aws-active-quarantine-PT40M.json", "job-quarantined"),
      ("graph-job-entra-configapi-notconfigured-beta.json", "job-not-configured"),
      ("graph-job-entra-configapi-notconfigured-beta.json", "schedule-never-configured"),
    ] {
      let job = try String(contentsOf: dir.appendingPathComponent(fixture), encoding: .utf8)
      let bundle = "{\"job\": \(job)}"
      let loaded = try ConfigLoader.load(file: SourceFile(path: "bundle.json", text: bundle))
      let report = Linter.lint(loaded, against: [])
      #expect(
        report.findings.contains { $0.rule == rule }, "\(fixture): \(report.findings.map(\.rule))")
    }
  }

  @Test func manifestSelectionNamesAmbiguityAndAbsence() throws {
    let a = LintRuleExampleTests.manifest([])
    var b = a
    b.source.path = "other.md"
    switch ManifestSelection.choose([a, b], for: ProvisioningConfig(provider: .entra)) {
    case .ambiguous(_, let matches): #expect(matches == ["page.md", "other.md"])
    default: Issue.record("expected ambiguity")
    }
    switch ManifestSelection.choose([a], for: ProvisioningConfig(provider: .okta)) {
    case .none(let provider, _): #expect(provider == "okta")
    default: Issue.record("expected no match")
    }
  }
}
