import Foundation
import Testing

@testable import ScimdocKit

/// Every historical version of the real SCIM pages (read from ../shared, never copied).
@Suite struct HistoryCorpusTests {
  struct Version {
    var page: String
    var name: String
    var path: String
    var manifest: Manifest
    var hasBody: Bool
    var hasTable: Bool
    var hasPrecedence: Bool
  }

  /// All versions, parsed; nil when ../shared is absent.
  static func versions() throws -> [Version]? {
    guard let history = TestPaths.shared("corpus/scim-pages/history", for: "history corpus") else {
      return nil
    }
    var out: [Version] = []
    let fm = FileManager.default
    for page in try fm.contentsOfDirectory(atPath: history.path).sorted() {
      let dir = history.appendingPathComponent(page)
      for name in try fm.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".md")
      {
        let path = dir.appendingPathComponent(name).path
        let manifest = try TestPipeline.manifest(path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined()
        out.append(
          Version(
            page: page, name: name, path: path, manifest: manifest,
            hasBody: !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            hasTable: text.contains("| ---") || text.contains("--- |"),
            hasPrecedence: text.contains("Matching precedence")))
      }
    }
    return out
  }

  @Test func everyVersionReportsItsKeys() throws {
    guard let versions = try Self.versions() else { return }
    #expect(versions.count == 160)
    var report = "history corpus: keys extracted per version\n"
    for v in versions {
      let keys = Set(v.manifest.requirements.map(\.key)).sorted()
      report +=
        "\(v.page)/\(v.name) [\(v.manifest.provider)] \(keys.count): \(keys.joined(separator: " "))\n"
    }
    print(report)
  }

  @Test func everyAzureVersionYieldsEndpointAndMode() throws {
    guard let versions = try Self.versions() else { return }
    let azure = versions.filter { $0.page == "configuring-scim-with-azure-ad" && $0.hasBody }
    #expect(azure.count >= 36)
    for v in azure {
      let keys = Set(v.manifest.requirements.map(\.key))
      #expect(v.manifest.provider == "entra", "\(v.name)")
      #expect(keys.contains("/tenantUrl"), "\(v.name)")
      #expect(keys.contains("/provisioningMode"), "\(v.name)")
    }
  }

  @Test func tableEraVersionsYieldMappingsAndPrecedence() throws {
    guard let versions = try Self.versions() else { return }
    let tables = versions.filter { $0.page == "configuring-scim-with-azure-ad" && $0.hasTable }
    #expect(!tables.isEmpty)
    for v in tables {
      let keys = Set(v.manifest.requirements.map(\.key))
      #expect(keys.contains("/users/mappings") || keys.contains("/groups/mappings"), "\(v.name)")
      guard v.hasPrecedence else { continue }
      let matching = v.manifest.requirements("/users/matching").first { $0.op == .equals }
      guard case .array(let items)? = matching?.value, case .object(let first)? = items.first else {
        Issue.record("\(v.name): no user matching precedence")
        continue
      }
      #expect(first["precedence"] == .int(1), "\(v.name)")
    }
  }

  @Test func oktaAndOneLoginVersionsYieldTheirToken() throws {
    guard let versions = try Self.versions() else { return }
    for v in versions where v.page.hasSuffix("okta") || v.page.hasSuffix("onelogin") {
      guard v.hasBody else { continue }
      #expect(v.manifest.provider == (v.page.hasSuffix("okta") ? "okta" : "onelogin"), "\(v.name)")
      #expect(!v.manifest.requirements("/secretToken").isEmpty, "\(v.page)/\(v.name)")
    }
  }
}
