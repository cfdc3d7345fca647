import Foundation
import Testing

@testable import ScimdocKit

/// OneLogin exports (`GET /api/2/apps/{id}`): detection, every mapped field
/// with its position, the documented response examples.
@Suite struct OneLoginExportTests {
  static func load(_ text: String) throws -> LoadedConfig {
    try ConfigLoader.load(file: SourceFile(path: "onelogin.json", text: text))
  }

  static var example: String {
    TestPaths.packageRoot.appendingPathComponent("examples/ledgerline-onelogin-export.json").path
  }

  @Test(arguments: [
    #"{"connector_id": 1, "provisioning": {"enabled": true}}"#,
    #"{"connector_id": 1, "parameters": {}}"#,
    #"{"app": {"connector_id": 1, "configuration": {}}}"#,
    #"{"provider": "onelogin-export", "name": "x"}"#,
  ])
  func detectedByShape(_ text: String) throws {
    #expect(try Self.load(text).format == .oneLoginExport)
  }

  @Test func aConnectorIdAloneIsNotAnExport() throws {
    #expect(throws: InputError.self) { try Self.load(#"{"connector_id": 1}"#) }
  }

  @Test func everyMappedFieldIsPositioned() throws {
    let loaded = try ConfigLoader.load(file: try SourceLoader().load(Self.example))
    let config = loaded.config
    #expect(loaded.format == .oneLoginExport)
    #expect(config.provider == .onelogin)
    #expect(config.tenantUrl == "https://scim.ledgerline.example/v2/")
    #expect(config.secretToken?.state == .set)
    #expect(config.authentication == .bearer)
    #expect(config.provisioningStatus == .on)
    #expect(config.provisioningMode == .automatic)
    #expect(config.users?.mappings?.map(\.target) == ["scimusername", "title"])
    #expect(config.users?.mappings?.first?.source == "email")
    let expected: [(String, Int, Int, String)] = [
      ("/tenantUrl", 19, 22, "/configuration/scim_base_url"),
      ("/secretToken", 20, 26, "/configuration/scim_bearer_token"),
      ("/authentication", 20, 26, "/configuration/scim_bearer_token"),
      ("/provisioningStatus", 16, 16, "/provisioning/enabled"),
      ("/provisioningMode", 15, 19, "/provisioning"),
      ("/users/mappings/0/source", 27, 34, "/parameters/scimusername/user_attribute_mappings"),
      ("/users/mappings/0/target", 24, 21, "/parameters/scimusername"),
    ]
    try ExportTestSupport.expectPositions(loaded, expected)
  }

  /// A parameter object labelled like the UI field also counts, and its
  /// value is a secret the scanner masks.
  @Test func labelledParameterObjectsAreReadAndMasked() throws {
    let text = """
      {"connector_id": 7, "parameters": {
        "p1": {"label": "SCIM Base URL", "value": "https://x.example/scim/v2"},
        "p2": {"label": "SCIM Bearer Token", "value": "CANARY-param-91c2"}}}
      """
    let loaded = try Self.load(text)
    #expect(loaded.config.tenantUrl == "https://x.example/scim/v2")
    #expect(loaded.config.secretToken?.state == .set)
    let document = try JSONDocument(parsing: SourceFile(path: "p.json", text: text))
    #expect(SecretScanner.secrets(in: document) == ["CANARY-param-91c2"])
  }

  @Test func documentedExamplesLoad() throws {
    let saml = try ConfigLoader.load(
      file: try SourceLoader().load(TestPaths.fixture("Lint", "onelogin-get-app-saml-docs.json")))
    #expect(saml.format == .oneLoginExport)
    #expect(saml.config.provisioningStatus == .off)
    #expect(saml.location(of: "/provisioningStatus")?.range.start.line == 11)
    #expect(saml.config.tenantUrl == nil)
    #expect(saml.location(of: "/tenantUrl")?.isMissing == true)
    #expect(saml.location(of: "/tenantUrl")?.inputPointer == "/configuration")
    let resource = try ConfigLoader.load(
      file: try SourceLoader().load(TestPaths.fixture("Lint", "onelogin-app-resource-docs.json")))
    #expect(resource.format == .oneLoginExport)
    #expect(resource.config.provisioningStatus == nil)
    #expect(resource.config.users == nil)
  }
}
