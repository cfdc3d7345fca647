import Testing

@testable import ScimdocKit

/// The SYNTHESIZED kafkaman live config bundles (already bundles on disk).
@Suite struct EntraLiveConfigTests {
  func load(_ name: String) throws -> (LoadedConfig, String)? {
    guard let fixtures = EntraFixtures(for: name) else { return nil }
    let text = try fixtures.text(name)
    return (try fixtures.load(text, path: name), text)
  }

  @Test func cleanConfigMatchesTheSamplePage() throws {
    guard let (loaded, text) = try load("SYNTHESIZED-kafkaman-live-config.json") else { return }
    let c = loaded.config
    #expect(loaded.format == .entraGraph)
    #expect(c.provider == .entra)
    #expect(c.tenantUrl == "https://api.getpostman.com/scim/v2/")
    #expect(c.normalizedTenantUrl == "https://api.getpostman.com/scim/v2")
    #expect(c.secretToken?.state == .masked && c.secretToken?.isPresent == true)
    #expect(c.scope == .assigned)
    #expect(c.provisioningMode == .automatic && c.provisioningStatus == .on)
    #expect(c.syncInterval == "PT40M")
    #expect(c.users?.enabled == true && c.groups?.enabled == false)
    #expect(c.users?.actions == [.create, .update, .delete])
    #expect(c.users?.mappings?.count == 22)
    #expect(
      c.users?.matching == [
        MatchingAttribute(target: "userName", source: "userPrincipalName", precedence: 1)
      ])
    #expect(c.health?.status == .active && c.health?.isHealthy == true)
    #expect(c.health?.intervalNotConfigured == false)

    // Positions checked against the file as written.
    let interval = try #require(loaded.location(of: "/syncInterval"))
    #expect(
      interval.range.start.description == "16:23"
        && interval.path == "SYNTHESIZED-kafkaman-live-config.json")
    #expect(interval.inputPointer == "/jobs/value/0/schedule/interval")
    #expect(loaded.location(of: "/provisioningStatus")?.range.start.description == "17:20")
    #expect(loaded.location(of: "/tenantUrl")?.range.start.line == 70)
    #expect(loaded.location(of: "/groups/enabled")?.range.start.description == "958:24")
    expectMapped(loaded, "/scope", to: "\"false\"", in: text)
    expectMapped(
      loaded, "/users/matching/0/precedence", to: "1", after: "\"matchingPriority\": ", in: text,
      occurrence: 2)
  }

  @Test func driftedConfigDiffersWhereExpected() throws {
    guard let (clean, _) = try load("SYNTHESIZED-kafkaman-live-config.json"),
      let (drifted, text) = try load("SYNTHESIZED-kafkaman-live-config-drifted.json")
    else { return }
    let a = clean.config
    let b = drifted.config
    #expect(b.tenantUrl == "http://api.getpostman.com/scim/v1")
    #expect(b.scope == .all && a.scope == .assigned)
    #expect(b.provisioningStatus == .off && b.health?.scheduleState == "Paused")
    #expect(b.health?.status == .quarantine)
    #expect(b.health?.quarantineReason == "EncounteredQuarantineException")
    #expect(b.health?.errorMessage == "Please provide a valid tenant URL for your application.")
    #expect(b.groups?.enabled == true)
    #expect(b.users?.mappings?.contains { $0.target == "active" } == false)
    #expect(a.users?.mappings?.contains { $0.target == "active" } == true)
    #expect(b.users?.matching?.map(\.target) == ["externalId"])
    #expect(b.users?.matching?.first?.source == "mailNickname")
    // Unchanged values stay equal.
    #expect(a.syncInterval == b.syncInterval && a.secretToken == b.secretToken)
    #expect(a.groups?.mappings == b.groups?.mappings && a.users?.actions == b.users?.actions)
    expectMapped(drifted, "/tenantUrl", to: "\"http://api.getpostman.com/scim/v1\"", in: text)
    expectMapped(
      drifted, "/health/quarantineReason", to: "\"EncounteredQuarantineException\"", in: text)
    expectMapped(drifted, "/provisioningStatus", to: "\"Paused\"", in: text)
  }
}
