import Testing

@testable import ScimdocKit

/// Graph bundles written for the tests: naming variants, lenient shapes, errors.
@Suite struct EntraEdgeCaseTests {
  func load(_ text: String) throws -> LoadedConfig {
    try ConfigLoader.load(file: SourceFile(path: "bundle.json", text: text))
  }

  func failure(_ text: String) -> InputError? {
    do {
      _ = try load(text)
      return nil
    } catch let error as InputError {
      return error
    } catch {
      return nil
    }
  }

  static let entraNamed = """
    {
      "provider": "entra-graph",
      "job": {"templateId": "customappsso", "schedule": {"state": "Active", "interval": "PT40M"},
              "status": {"code": "Active"}, "someFutureField": [1, 2]},
      "secrets": [{"key": "baseaddress", "value": "HTTPS://Scim.Example.TEST/scim/"},
                  {"key": "SyncAll", "value": "True"}, {"key": "SecretToken", "value": ""}],
      "schema": {"synchronizationRules": [
        {"sourceDirectoryName": "Contoso HR", "objectMappings": [
          {"sourceObjectName": "User", "enabled": false, "flowTypes": "Add", "attributeMappings": []}]},
        {"sourceDirectoryName": "Microsoft Entra ID", "targetDirectoryName": "customappsso",
         "objectMappings": [
          {"name": "Provision Microsoft Entra ID Users", "sourceObjectName": "User", "enabled": true,
           "flowTypes": "Add,Update", "attributeMappings": [
             {"targetAttributeName": "externalId", "matchingPriority": 2,
              "source": {"type": "Attribute", "name": "objectId", "expression": "[objectId]"}},
             {"targetAttributeName": "userName", "matchingPriority": 1,
              "source": {"type": "Attribute", "name": "userPrincipalName"}},
             {"targetAttributeName": "locale", "matchingPriority": 0, "source": null,
              "defaultValue": "en-US", "flowType": "ObjectAddOnly"}]}]}]}
    }
    """

  @Test func newNamingBareSecretsAndMatchingOrder() throws {
    let loaded = try load(Self.entraNamed)
    let c = loaded.config
    #expect(loaded.format == .entraGraph)
    #expect(c.tenantUrl == "HTTPS://Scim.Example.TEST/scim/")
    #expect(c.normalizedTenantUrl == "https://scim.example.test/scim")
    #expect(c.scope == .all)
    #expect(c.secretToken?.state == .empty && c.secretToken?.isPresent == false)
    #expect(c.health?.templateId == "customappsso")
    #expect(c.users?.enabled == true && c.users?.actions == [.create, .update])
    #expect(c.users?.matching?.map(\.target) == ["userName", "externalId"])
    #expect(c.users?.matching?.map(\.precedence) == [1, 2])
    let locale = try #require(c.users?.mappings?.last)
    #expect(locale.type == .constant && locale.source == "en-US" && locale.flow == "ObjectAddOnly")
    #expect(c.groups == nil)
    #expect(
      loaded.location(of: "/users/matching/0/target")?.inputPointer
        == "/schema/synchronizationRules/1/objectMappings/0/attributeMappings/1/targetAttributeName"
    )
    #expect(loaded.location(of: "/groups")?.inputPointer == "/schema/synchronizationRules")
  }

  @Test func sameMappingNamesUnderAzureActiveDirectory() throws {
    let text = Self.entraNamed.replacingOccurrences(
      of: "\"Microsoft Entra ID\"", with: "\"Azure Active Directory\"")
    #expect(try load(text).config.users?.enabled == true)
  }

  @Test func actionsFromFlowTypes() {
    #expect(
      EntraConfigLoader.actions(fromFlowTypes: "Add, Update, Delete") == [
        .create, .update, .delete,
      ])
    #expect(
      EntraConfigLoader.actions(fromFlowTypes: "Add,Update,Delete") == [.create, .update, .delete])
    #expect(EntraConfigLoader.actions(fromFlowTypes: " delete ,Add") == [.delete, .create])
    #expect(EntraConfigLoader.actions(fromFlowTypes: "") == [])
  }

  @Test(arguments: [
    (#"{"jobs": {"items": []}}"#, 1, 10, "Graph collection"),
    (#"{"job": [1]}"#, 1, 9, "expected an object at '/job'"),
    (#"{"secrets": {"value": [{"value": "x"}]}}"#, 1, 24, "has no 'key'"),
    (#"{"secrets": [{"key": "SyncAll", "value": "maybe"}]}"#, 1, 42, "SyncAll must be"),
    (#"{"schema": {"synchronizationRules": {}}}"#, 1, 37, "expected an array"),
    ("{\n  \"value\": []\n}", 1, 1, "Microsoft Graph export"),
  ])
  func badBundlesArePositioned(_ example: (String, Int, Int, String)) throws {
    let err = try #require(failure(example.0))
    #expect(err.location?.line == example.1, "\(err.rendered)")
    #expect(err.location?.column == example.2, "\(err.rendered)")
    #expect(err.message.text.contains(example.3), "\(err.message.text)")
  }

  @Test func neverConfiguredIntervalParses() throws {
    let duration = try #require(ISODuration(ProvisioningHealth.neverConfiguredInterval))
    #expect(duration.seconds > 9e11)
    #expect(ISODuration("PT1M")?.seconds == 60)
    #expect(ISODuration("P1M")?.seconds == 2_592_000.0)
    #expect(ISODuration("PT") == nil && ISODuration("40M") == nil && ISODuration("P1H") == nil)
  }
}
