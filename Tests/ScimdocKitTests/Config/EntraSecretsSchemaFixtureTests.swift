import Testing

@testable import ScimdocKit

/// Graph secrets and schema fixtures, bundled, load the expected neutral values.
@Suite struct EntraSecretsSchemaFixtureTests {
  @Test func docExampleSecrets() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let text = fixtures.bundle([
      ("secrets", try fixtures.text("graph-secrets-put-v1-docexample.json"))
    ])
    let loaded = try fixtures.load(text)
    #expect(loaded.config.tenantUrl == "user@domain.com")
    #expect(loaded.config.secretToken?.state == .set)
    #expect(loaded.config.authentication == .bearer)
    #expect(loaded.config.scope == .assigned)
    expectMapped(loaded, "/tenantUrl", to: "\"user@domain.com\"", in: text)
    expectMapped(loaded, "/scope", to: "\"false\"", in: text)
    expectMapped(loaded, "/secretToken", to: "\"password-value\"", in: text)
    #expect(
      loaded.config.features == [
        "sendFailureNotification": false, "preventAccidentalDeletion": false,
      ])
    expectMapped(loaded, "/features/sendFailureNotification", to: "\"{", in: text)
    // No job: mode and status are absent, pointing at the top level.
    #expect(loaded.config.provisioningMode == nil)
    #expect(loaded.location(of: "/provisioningStatus")?.isMissing == true)
  }

  @Test func crossTenantSecretsHaveScopeButNoURL() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let text = fixtures.bundle([
      ("secrets", try fixtures.text("graph-secrets-put-azure2azure-v1.json"))
    ])
    let loaded = try fixtures.load(text)
    #expect(loaded.config.scope == .assigned)
    #expect(loaded.config.tenantUrl == nil && loaded.config.secretToken == nil)
    let missing = try #require(loaded.location(of: "/tenantUrl"))
    #expect(missing.isMissing && missing.inputPointer == "/secrets")
    #expect(missing.range.start.line == 2 && missing.range.start.column == 12)
  }

  @Test func cloudSyncSecretsIgnorePasswordAndDomain() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let text = fixtures.bundle([
      ("jobs", try fixtures.text("graph-job-cloudsync-active-wikimirror.json")),
      ("secrets", try fixtures.text("graph-secrets-get-cloudsync-wikimirror.json")),
    ])
    let loaded = try fixtures.load(text)
    #expect(loaded.config.secretToken == nil && loaded.config.scope == nil)
    #expect(
      loaded.config.features == [
        "sendFailureNotification": true, "preventAccidentalDeletion": true,
      ])
    #expect(loaded.config.provisioningStatus == .on)
    #expect(loaded.location(of: "/secretToken")?.inputPointer == "/secrets")
  }

  @Test func salesforceSchemaUsesTheOutboundRule() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let text = fixtures.bundle([
      ("schema", try fixtures.text("graph-schema-salesforce-full-2017.json"))
    ])
    let loaded = try fixtures.load(text)
    let users = try #require(loaded.config.users)
    #expect(users.enabled == true)
    #expect(users.actions == [.create, .update, .delete])
    #expect(users.mappings?.count == 14)
    #expect(users.matching?.map(\.target) == ["Username"])
    #expect(users.mappings?.first?.type == .expression)
    #expect(users.mappings?.first { $0.target == "EmailEncodingKey" }?.type == .constant)
    #expect(loaded.config.groups == nil)
    #expect(loaded.location(of: "/groups/enabled")?.inputPointer == "/schema/synchronizationRules")
    expectMapped(
      loaded, "/users/matching/0/precedence", to: "1", after: "\"matchingPriority\": ", in: text)
  }

  @Test func syntheticScimSchemaHasDefaultMappings() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let text = fixtures.bundle([
      ("schema", try fixtures.text("SYNTHESIZED-scim-nongallery-schema.json"))
    ])
    let loaded = try fixtures.load(text)
    let users = try #require(loaded.config.users)
    #expect(users.mappings?.count == 22)
    #expect(
      users.matching == [
        MatchingAttribute(target: "userName", source: "userPrincipalName", precedence: 1)
      ])
    #expect(users.mappings?.first { $0.target == "active" }?.source?.hasPrefix("Switch(") == true)
    let groups = try #require(loaded.config.groups)
    #expect(groups.enabled == false)
    #expect(groups.matching?.first?.target == "displayName")
  }

  @Test func awsTemplateGroupMappingWithoutSpacesInFlowTypes() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let schema = try fixtures.fragment(
      "graph-template-aws-sso-with-schema-beta.json", at: "/value/0/schema")
    let text = fixtures.bundle([("schema", schema)])
    let loaded = try fixtures.load(text)
    let groups = try #require(loaded.config.groups)
    #expect(groups.enabled == true && groups.actions == [.create, .update, .delete])
    #expect(groups.matching == [])
    #expect(loaded.config.users == nil)
    expectMapped(loaded, "/groups/actions", to: "\"Add,Update,Delete\"", in: text)
  }

  @Test func lonelyObjectMappingWrappedInARule() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let mapping = try fixtures.text("graph-objectmapping-salesforce-v1-docexample.json")
    let schema =
      #"{"synchronizationRules": [{"sourceDirectoryName": "Microsoft Entra ID", "objectMappings": ["#
      + mapping + "]}]}"
    let text = fixtures.bundle([("schema", schema)])
    let loaded = try fixtures.load(text)
    #expect(loaded.config.users?.matching?.first?.target == "Username")
    expectMapped(loaded, "/users/enabled", to: "true", in: text)
  }
}
