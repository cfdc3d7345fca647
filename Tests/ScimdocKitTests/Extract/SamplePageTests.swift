import Testing

@testable import ScimdocKit

/// What the sample page (DESIGN.md) must yield.
@Suite struct SamplePageTests {
  let manifest: Manifest

  init() throws {
    manifest = try TestPipeline.manifest(TestPaths.samplePage)
  }

  private func value(_ key: String) -> ManifestValue? {
    manifest.requirements(key).first { $0.op == .equals }?.value
  }

  @Test func providerProductAndSource() {
    #expect(manifest.provider == "entra")
    #expect(manifest.product == "kafkaman")
    #expect(manifest.source.pageID == "configuring_scim_with_azure_ad")
    #expect(manifest.source.updated == "2022-03-04")
    #expect(manifest.source.contentHash.hasPrefix("sha256:"))
  }

  @Test func endpointAndSecret() throws {
    #expect(value("/tenantUrl") == .string("https://api.getpostman.com/scim/v2/"))
    let secret = try #require(manifest.requirements("/secretToken").first)
    #expect(secret.secret && secret.op == .present && secret.value == nil)
    #expect(secret.source.line == 43)
  }

  @Test func modeMappingsScopeAndStatus() throws {
    #expect(value("/provisioningMode") == .string("automatic"))
    #expect(value("/users/enabled") == .bool(true))
    let groups = try #require(manifest.requirements("/groups/enabled").first)
    #expect(groups.value == .bool(false))
    #expect(groups.severity == .error)
    #expect(groups.quote.contains("needs to be turned off"))
    #expect(value("/scope") == .string("assigned"))
    #expect(value("/provisioningStatus") == .string("on"))
    #expect(!manifest.requirements("/users/matching").isEmpty)
    #expect(value("/syncInterval") == .string("PT40M"))
  }

  @Test func factsAndPrerequisites() throws {
    let test = try #require(manifest.facts.first { $0.kind == "testConnection" })
    guard case .object(let o)? = test.value else { throw TestFailure("no test value") }
    #expect(o["statusCode"] == .int(200))
    #expect(o["body"] == .string("empty ListResponse"))
    #expect(manifest.facts.contains { $0.kind == "monitoring" })
    #expect(
      manifest.prerequisites.contains { $0.kind == "role" && $0.text == "kafkaman team admin" })
    let pages = manifest.prerequisites.filter { $0.kind == "page" }.map(\.text)
    #expect(pages == ["enable SCIM", "generate a SCIM API key"])
  }

  @Test func proceduresAreNumberedByPosition() throws {
    #expect(manifest.procedures.map(\.steps.count) == [13, 5])
    #expect(manifest.procedures[0].steps.map(\.number) == Array(1...13))
    #expect(manifest.procedures[1].steps[0].notes.count == 1)
    #expect(manifest.procedures[0].anchor == "enabling-scim-in-azure-ad")
    let kinds = Set(manifest.procedures.flatMap(\.steps).flatMap(\.actions).map(\.kind))
    #expect(kinds == Set(ActionKind.allCases))
  }

  @Test func noProblemsAndIDsAreUnique() {
    #expect(ManifestValidator.validate(manifest).isEmpty)
    let ids = manifest.requirements.map(\.id)
    #expect(Set(ids).count == ids.count)
  }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}
