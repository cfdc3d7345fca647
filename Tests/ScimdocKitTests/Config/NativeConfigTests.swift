import Foundation
import Testing

@testable import ScimdocKit

@Suite struct NativeConfigTests {
  func load(_ text: String) throws -> LoadedConfig {
    try ConfigLoader.load(file: SourceFile(path: "config.json", text: text))
  }

  @Test func fullExampleLoads() throws {
    let loaded = try load(NativeConfigExamples.full)
    let config = loaded.config
    #expect(loaded.format == .native)
    #expect(config.provider == .entra)
    #expect(config.tenantUrl == "https://scim.example.test/v2/")
    #expect(config.normalizedTenantUrl == "https://scim.example.test/v2")
    #expect(config.secretToken?.state == .set)
    #expect(config.scope == .assigned)
    #expect(config.users?.actions == [.create, .update, .delete])
    #expect(
      config.users?.matching == [
        MatchingAttribute(target: "userName", source: "userPrincipalName", precedence: 1)
      ])
    #expect(config.users?.mappings?.map(\.type) == [.direct, .expression, .constant])
    #expect(config.users?.mappings?[0].matchingPrecedence == 1)
    #expect(config.groups?.enabled == false)
    #expect(config.syncInterval.flatMap(ISODuration.init)?.seconds == 2400)
    #expect(config.features == ["pushGroups": false])

    let scope = try #require(loaded.location(of: "/scope"))
    #expect(scope.range.start.line == 9 && scope.range.start.column == 12)
    #expect(scope.inputPointer == "/scope" && !scope.isMissing)
    let target = try #require(loaded.location(of: "/users/mappings/1/target"))
    #expect(target.range.start.line == 17 && target.range.start.column == 18)
    let missing = try #require(loaded.location(of: "/groups/actions"))
    #expect(missing.isMissing && missing.inputPointer == "/groups")
    let health = try #require(loaded.location(of: "/health/statusCode"))
    #expect(health.isMissing && health.inputPointer == "" && health.range.start.line == 1)
  }

  /// Any provider profile's id, not only the first four, names a config's
  /// provider: a profile given with --profiles needs no code change.
  @Test func anyProfileIdNamesTheProvider() throws {
    for id in ["jumpcloud", "pingone", "authentik", "my_idp-2"] {
      let loaded = try load(#"{"provider": "\#(id)", "tenantUrl": "https://s.example.test/scim"}"#)
      #expect(loaded.config.provider?.rawValue == id)
    }
    #expect(throws: InputError.self) { try load(#"{"provider": "Okta Inc."}"#) }
  }

  @Test func minimalAndHealthExamplesLoad() throws {
    let minimal = try load(NativeConfigExamples.minimal)
    #expect(minimal.config.provider == .okta && minimal.config.features?["pushGroups"] == true)
    #expect(minimal.config.tenantUrl == nil)
    let health = try load(NativeConfigExamples.withHealth).config.health
    #expect(health?.status == .quarantine && health?.successiveFailures == 3)
    #expect(health?.isHealthy == false)
  }

  @Test(arguments: NativeConfigExamples.invalid)
  func invalidConfigsPointAtTheProblem(_ example: (String, Int, Int, String)) {
    let (text, line, column, fragment) = example
    do {
      _ = try load(text)
      Issue.record("accepted: \(text)")
    } catch let error as InputError {
      #expect(error.location?.line == line, "\(error.rendered)")
      #expect(error.location?.column == column, "\(error.rendered)")
      #expect(error.message.text.contains(fragment), "\(error.message.text)")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func neutralDocumentAnswersPointers() throws {
    let config = try load(NativeConfigExamples.full).config
    let doc = try #require(config.neutralDocument())
    #expect(doc.node(at: "/users/enabled")?.bool == true)
    #expect(doc.node(at: "/users/matching/0/target")?.string == "userName")
    #expect(doc.node(at: "/secretToken")?.string == SecretValue.redactedMarker)
  }

  @Test func exampleRoundTripsThroughCodable() throws {
    let loaded = try load(NativeConfigExamples.full)
    let data = try JSONEncoder().encode(loaded.config)
    let again = try JSONDecoder().decode(ProvisioningConfig.self, from: data)
    #expect(again == loaded.config)
  }
}
