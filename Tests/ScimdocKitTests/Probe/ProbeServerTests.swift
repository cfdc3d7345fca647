import Foundation
import ScimdocKit
import ScimdocProbe
import Testing

/// `scimdoc probe` against the real scim2-server (in memory, on loopback):
/// skipped with a SKIPPED line when it is not installed.
@Suite("Probe against scim2-server", .serialized)
struct ProbeServerTests {
  static let token = "probe-token-5e1f"

  @Test func supportedPagePassesWithNoFindings() throws {
    guard let server = try LoopbackServer.scim2(token: Self.token, test: #function) else { return }
    defer { server.stop() }
    let (report, exchanges) = try ProbeHarness.probe(
      "tallyframe-entra.md", base: server.baseURL, token: Self.token)
    #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    #expect(exchanges.map(\.status) == [200, 200, 200, 200])
    #expect(exchanges.first?.target.hasPrefix("/v2/Users?filter=userName%20eq%20%22") == true)
    let passed = report.checks.filter { $0.status == .passed }.map(\.id)
    // Test connection, 3 discovery reads, filter, auth scheme, 6 attributes.
    #expect(passed.count == 12, "\(passed)")
    print(
      "probe vs scim2-server, supported page: \(report.findings.count) findings, \(passed.count) checks passed"
    )
  }

  @Test func attributeTheServerLacksIsAFinding() throws {
    guard let server = try LoopbackServer.scim2(token: Self.token, test: #function) else { return }
    defer { server.stop() }
    let (report, _) = try ProbeHarness.probe(
      "tallyframe-unknown-attribute.md", base: server.baseURL, token: Self.token)
    #expect(report.ruleIDs == ["probe-attribute-unknown"])
    let finding = try #require(report.findings.first)
    #expect(finding.message.contains("'badgeColour'"))
    #expect(finding.message.contains("GET /v2/Schemas → 200"))
    #expect(finding.location?.line == 28)  // the mapping table's header row
    #expect(finding.requiredBy?.quote.contains("Target attribute") == true)
    #expect(finding.notes.contains { $0.contains("JSON Pointer /Resources/0/attributes") })
    print("probe vs scim2-server, unknown attribute: \(report.ruleIDs)")
  }

  @Test func wrongTokenIsRejected() throws {
    guard let server = try LoopbackServer.scim2(token: Self.token, test: #function) else { return }
    defer { server.stop() }
    let (report, exchanges) = try ProbeHarness.probe(
      "tallyframe-entra.md", base: server.baseURL, token: "not-the-token")
    #expect(report.ruleIDs == ["probe-auth-rejected"])
    #expect(exchanges.count == 1)  // nothing more is tried with a refused token
    let finding = try #require(report.findings.first)
    #expect(finding.message.contains("Test Connection: GET /v2/Users?filter="))
    #expect(finding.message.contains("→ 401"))
    #expect(finding.location?.line == 21)  // the Test Connection sentence
    // Rendered, the exchange keeps its filter (no credential words for the
    // reports' scrubbing to mask it by).
    let text = ReportFormat.text.render(report, context: ReportContext())
    #expect(text.contains("%22scimdoc-probe-"), "\(text)")
    #expect(!text.contains("(secret)"), "\(text)")
    print("probe vs scim2-server, wrong token: \(report.ruleIDs)")
  }

  @Test func wrongBasePathIsAFinding() throws {
    guard let server = try LoopbackServer.scim2(token: Self.token, test: #function) else { return }
    defer { server.stop() }
    let base = "http://127.0.0.1:\(server.port)/scim/v3"
    let (report, _) = try ProbeHarness.probe(
      "tallyframe-entra.md", base: base, token: Self.token)
    #expect(report.ruleIDs == ["probe-http-status"])
    #expect(report.findings.first?.message.contains("GET /scim/v3/Users?filter=") == true)
    #expect(report.findings.first?.message.contains("→ 404") == true)
    print("probe vs scim2-server, wrong base path: \(report.ruleIDs)")
  }

  @Test func writeSequenceLeavesNoUserBehind() throws {
    guard let server = try LoopbackServer.scim2(token: Self.token, test: #function) else { return }
    defer { server.stop() }
    let (report, exchanges) = try ProbeHarness.probe(
      "tallyframe-entra.md", base: server.baseURL, token: Self.token, write: true)
    #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    let writes = exchanges.dropFirst(4).map { "\($0.method) \($0.status ?? 0)" }
    #expect(writes == ["POST 201", "GET 200", "PATCH 204", "PATCH 204", "DELETE 204", "GET 404"])
    #expect(try ProbeHarness.userNames(base: server.baseURL, token: Self.token).isEmpty)
    print("probe --write vs scim2-server: \(report.findings.count) findings; \(writes)")
  }
}
