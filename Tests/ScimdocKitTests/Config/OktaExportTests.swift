import Foundation
import Testing

@testable import ScimdocKit

/// Okta exports: detection, every mapped field with its position, the
/// documented response examples, and malformed exports.
@Suite struct OktaExportTests {
  static func load(_ text: String, path: String = "okta.json") throws -> LoadedConfig {
    try ConfigLoader.load(file: SourceFile(path: path, text: text))
  }

  static func loadFile(_ path: String) throws -> LoadedConfig {
    try ConfigLoader.load(file: try SourceLoader().load(path))
  }

  static var example: String {
    TestPaths.packageRoot.appendingPathComponent("examples/ledgerline-okta-export.json").path
  }

  @Test(arguments: [
    #"{"connection": {"status": "ENABLED"}}"#,
    #"{"features": []}"#,
    #"{"groupPush": []}"#,
    #"{"app": {"label": "X", "signOnMode": "SAML_2_0"}}"#,
    #"{"provider": "okta-export", "app": {}}"#,
    #"{"provider": "okta", "connection": {"status": "ENABLED"}}"#,
  ])
  func detectedByShape(_ text: String) throws {
    #expect(try Self.load(text).format == .oktaExport)
  }

  @Test(arguments: [
    #"{"provider": "okta", "features": {"pushGroups": true}}"#,
    #"{"$schema": "https://scimdoc.dev/schemas/config.schema.json", "connection": {}}"#,
  ])
  func nativeConfigsStayNative(_ text: String) throws {
    let document = try JSONDocument(parsing: SourceFile(path: "native.json", text: text))
    #expect(try ConfigLoader.detect(document.root) == .native)
  }

  /// Every neutral key the example sets, with the line, column and input
  /// pointer it came from.
  @Test func everyMappedFieldIsPositioned() throws {
    let loaded = try Self.loadFile(Self.example)
    let config = loaded.config
    #expect(config.provider == .okta)
    #expect(config.tenantUrl == "https://scim.ledgerline.example/v2/")
    #expect(config.secretToken?.state == .set)
    #expect(config.authentication == .header)
    #expect(config.provisioningMode == .automatic)
    #expect(config.provisioningStatus == .on)
    #expect(config.users?.enabled == true)
    #expect(config.users?.actions == [.create, .update, .deactivate])
    #expect(config.groups?.enabled == true)
    #expect(
      config.features == [
        "enableApiIntegration": true, "enableScimProvisioning": true, "pushNewUsers": true,
        "pushProfileUpdates": true, "deactivateUsers": true, "syncPassword": false,
        "pushGroups": true, "importNewUsersAndProfileUpdates": true,
      ])
    let expected: [(String, Int, Int, String)] = [
      ("/tenantUrl", 21, 16, "/connection/baseUrl"),
      ("/secretToken", 24, 16, "/connection/profile/token"),
      ("/authentication", 20, 19, "/connection/authScheme"),
      ("/provisioningMode", 19, 17, "/connection"),
      ("/provisioningStatus", 26, 15, "/connection/status"),
      ("/features/enableApiIntegration", 26, 15, "/connection/status"),
      ("/features/enableScimProvisioning", 16, 7, "/app/features/7"),
      ("/features/pushGroups", 9, 7, "/app/features/0"),
      ("/features/importNewUsersAndProfileUpdates", 10, 7, "/app/features/1"),
      ("/features/pushNewUsers", 35, 42, "/features/0/capabilities/create/lifecycleCreate/status"),
      ("/features/pushProfileUpdates", 38, 34, "/features/0/capabilities/update/profile/status"),
      ("/features/syncPassword", 40, 35, "/features/0/capabilities/update/password/status"),
      ("/users/enabled", 31, 17, "/features/0/status"),
      ("/users/actions", 33, 23, "/features/0/capabilities"),
      ("/groups/enabled", 9, 7, "/app/features/0"),
    ]
    try ExportTestSupport.expectPositions(loaded, expected)
  }

  /// Okta never returns the token: an enabled TOKEN connection counts as a
  /// saved (masked) one; a disabled one, or OAuth, says nothing.
  @Test func tokenInferredOnlyFromAnEnabledTokenConnection() throws {
    let on = try Self.load(#"{"connection": {"authScheme": "TOKEN", "status": "ENABLED"}}"#)
    #expect(on.config.secretToken?.state == .masked)
    #expect(on.location(of: "/secretToken")?.inputPointer == "/connection/authScheme")
    let off = try Self.load(#"{"connection": {"authScheme": "TOKEN", "status": "DISABLED"}}"#)
    #expect(off.config.secretToken == nil)
    #expect(off.config.features?["enableApiIntegration"] == false)
    #expect(off.location(of: "/secretToken")?.isMissing == true)
  }

  @Test func documentedExamplesLoad() throws {
    let features = try String(
      contentsOfFile: TestPaths.fixture("Lint", "okta-features-list-sdk.json"), encoding: .utf8)
    let connection = try String(
      contentsOfFile: TestPaths.fixture("Lint", "okta-connection-oauth-docs.json"),
      encoding: .utf8)
    let inbound = try String(
      contentsOfFile: TestPaths.fixture("Lint", "okta-inbound-provisioning-docs.json"),
      encoding: .utf8)
    let bundle = """
      {"connection": \(connection), "features": \(features.dropLast(2)),
       {"name": "INBOUND_PROVISIONING", "status": "ENABLED", "capabilities": \(inbound)}]}
      """
    let loaded = try Self.load(bundle)
    #expect(loaded.config.authentication == .oauth2)
    #expect(loaded.config.provisioningStatus == .off)
    #expect(loaded.config.tenantUrl == nil)
    #expect(loaded.config.secretToken == nil)
    #expect(loaded.config.users?.enabled == true)
    #expect(loaded.config.users?.actions == [])
    #expect(loaded.config.features?["syncPassword"] == false)
    #expect(loaded.config.features?["importNewUsersAndProfileUpdates"] == true)
    #expect(loaded.config.users?.matching?.first?.target == "userName")
    let matching = try #require(loaded.location(of: "/users/matching"))
    #expect(matching.inputPointer.hasSuffix("/importRules/userCreateAndMatch/exactMatchCriteria"))
    // The first disabled capability is where a missing action points.
    #expect(
      loaded.location(of: "/users/actions")?.inputPointer
        == "/features/0/capabilities/create/lifecycleCreate/status")
  }

  /// The GET item in `../shared`'s Okta fixture: password sync disabled.
  @Test func sharedFeatureFixtureLoads() throws {
    guard let dir = TestPaths.shared("fixtures/entra-graph", for: "OktaExportTests") else {
      return
    }
    let url = dir.appendingPathComponent("okta-user-provisioning-feature.json")
    let document = try JSONDocument(parsing: try SourceLoader().load(url.path))
    let key = "GET_/api/v1/apps/{appId}/features_item_as_used_in_a_thirdparty_test_fixture"
    let item = try #require(document.root[key])
    let loaded = try Self.load(#"{"features": [\#(item.sourceText)]}"#)
    #expect(loaded.config.users?.actions == [.create, .update, .deactivate])
    #expect(loaded.config.features?["syncPassword"] == false)
  }

  /// The native format takes Okta's `deactivate` action too.
  @Test func nativeConfigTakesDeactivate() throws {
    let loaded = try Self.load(NativeConfigExamples.oktaActions)
    #expect(loaded.format == .native)
    #expect(loaded.config.users?.actions == [.create, .deactivate])
  }

  @Test func appFeatureListIsTheFallback() throws {
    let text = #"{"app": {"label": "L", "features": ["PUSH_NEW_USERS", "PUSH_PASSWORD_UPDATES"]}}"#
    let loaded = try Self.load(text)
    #expect(loaded.config.users?.actions == [.create])
    #expect(loaded.config.features?["syncPassword"] == true)
    #expect(loaded.config.features?["pushGroups"] == false)
    #expect(loaded.config.features?["pushProfileUpdates"] == false)
    #expect(loaded.location(of: "/features/syncPassword")?.inputPointer == "/app/features/1")
  }
}
