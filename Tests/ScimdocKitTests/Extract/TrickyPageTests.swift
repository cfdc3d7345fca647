import Testing

@testable import ScimdocKit

/// Negation, conditions, contradictions, unmapped settings and unsafe endpoints,
/// on a made-up page.
@Suite struct TrickyPageTests {
  let manifest: Manifest

  init() throws {
    manifest = try TestPipeline.manifest(TestPaths.fixture("Extract", "acme-tricky.md"))
  }

  @Test func conditionalNegationCreatesNoRequirement() {
    #expect(manifest.requirements("/scope").isEmpty)
    #expect(manifest.notes.contains { $0.kind == "conditional" })
  }

  @Test func plainNegationOfASwitchTurnsItOff() {
    #expect(manifest.requirements("/groups/enabled").first?.value == .bool(false))
  }

  @Test func modalitySetsSeverity() {
    #expect(manifest.requirements("/provisioningStatus").first?.severity == .warning)
    #expect(manifest.requirements("/users/actions").first?.severity == .note)
    #expect(manifest.requirements("/tenantUrl").first?.severity == .error)
  }

  @Test func unmappedSettingBecomesANote() {
    #expect(
      manifest.notes.contains { $0.kind == "unmapped-setting" && $0.message.contains("'Region'") })
  }

  @Test func secretsNeverLeak() throws {
    let json = try ManifestCoding.encode(manifest)
    #expect(!json.contains("do-not-print-me"))
    let checklist = try ChecklistRenderer.render(ChecklistBuilder.build(manifest), format: .html)
    #expect(!checklist.contains("do-not-print-me"))
  }

  @Test func validatorFlagsEndpointAndContradiction() throws {
    let problems = ManifestValidator.validate(manifest)
    let rules = problems.map(\.rule)
    #expect(rules.contains("insecure-endpoint"))
    #expect(rules.contains("credentials-in-url"))
    let contradiction = try #require(problems.first { $0.rule == "contradiction" })
    #expect(contradiction.message.contains("/provisioningMode"))
    #expect(contradiction.related.first?.line == 14)
    #expect(contradiction.source.line == 22)
  }
}
