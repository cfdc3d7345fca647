import Foundation
import Testing

@testable import ScimdocKit

/// Every historical version of the real SCIM pages (read from ../shared, never copied).
@Suite struct HistoryCorpusTests {
  struct Version: Sendable {
    var page: String
    var name: String
    var path: String
    var manifest: Manifest
    var hasBody: Bool
    var hasTable: Bool
    var hasPrecedence: Bool
    /// The page's text, to tell which settings it states at all.
    var text: String
  }

  /// The corpus: versions extracted, and versions the tool rejects as input (exit 2).
  struct Corpus: Sendable {
    var versions: [Version]
    var rejected: [String]
  }

  /// All versions, parsed once; nil when ../shared is absent.
  static func versions() throws -> [Version]? { try cached.get()?.versions }

  /// Rejected versions with their one-line errors: reported, not extracted.
  static var rejected: [String] { (try? cached.get()?.rejected) ?? [] }

  static let cached: Result<Corpus?, any Error> = Result { try load() }

  private static func load() throws -> Corpus? {
    guard let history = TestPaths.shared("corpus/scim-pages/history", for: "history corpus") else {
      return nil
    }
    var rejected: [String] = []
    var out: [Version] = []
    let fm = FileManager.default
    for page in try fm.contentsOfDirectory(atPath: history.path).sorted() {
      let dir = history.appendingPathComponent(page)
      for name in try fm.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".md")
      {
        let path = dir.appendingPathComponent(name).path
        let manifest: Manifest
        do {
          manifest = try TestPipeline.manifest(path)
        } catch let error as InputError {
          rejected.append("\(page)/\(name): \(error.message.text)")
          continue
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let body = text.components(separatedBy: "\n---\n").dropFirst().joined()
        out.append(
          Version(
            page: page, name: name, path: path, manifest: manifest,
            hasBody: !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            hasTable: text.contains("| ---") || text.contains("--- |"),
            hasPrecedence: text.contains("Matching precedence"), text: text))
      }
    }
    return Corpus(versions: out, rejected: rejected)
  }

  @Test func everyVersionReportsItsKeys() throws {
    guard let versions = try Self.versions() else { return }
    #expect(versions.count + Self.rejected.count == 160)
    var report = "history corpus: keys extracted per version\n"
    for v in versions {
      let keys = Set(v.manifest.requirements.map(\.key)).sorted()
      report +=
        "\(v.page)/\(v.name) [\(v.manifest.provider)] \(keys.count): \(keys.joined(separator: " "))\n"
    }
    for r in Self.rejected { report += "rejected as input (exit 2): \(r)\n" }
    print(report)
  }

  @Test func everyAzureVersionYieldsEndpointAndMode() throws {
    guard let versions = try Self.versions() else { return }
    let azure = versions.filter { $0.page == "configuring-scim-with-azure-ad" && $0.hasBody }
    #expect(azure.count == 36)
    // Early drafts that never name the endpoint or the mode are reported, not failed.
    let stating = azure.filter {
      $0.text.contains("Tenant URL") && $0.text.contains("Provisioning Mode")
    }
    let stubs = azure.filter { v in !stating.contains { $0.name == v.name } }.map(\.name)
    print(
      "azure versions stating endpoint and mode: \(stating.count); drafts without them: \(stubs)")
    #expect(stating.count >= 34)
    for v in stating {
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
      guard v.text.contains("API Token") || v.text.contains("API Connection") else { continue }
      #expect(v.manifest.provider == (v.page.hasSuffix("okta") ? "okta" : "onelogin"), "\(v.name)")
      #expect(!v.manifest.requirements("/secretToken").isEmpty, "\(v.page)/\(v.name)")
    }
  }
}
