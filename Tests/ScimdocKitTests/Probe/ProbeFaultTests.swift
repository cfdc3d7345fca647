import Foundation
import ScimdocKit
import ScimdocProbe
import Testing

/// Faults the real server cannot make, from a loopback stub
/// (`Fixtures/fault-stub.py`), and a port nobody listens on: each is a
/// finding, never a crash.
@Suite("Probe faults", .serialized)
struct ProbeFaultTests {
  static let token = "fault-token-91c3"

  /// The probe's report against the stub in `mode`, or nil when skipped.
  func probe(_ mode: String, timeout: Double = 10) throws -> Report? {
    guard let stub = try LoopbackServer.faultStub(mode, test: "fault \(mode)") else { return nil }
    defer { stub.stop() }
    return try ProbeHarness.probe(
      "tallyframe-entra.md", base: stub.baseURL, token: Self.token, timeout: timeout
    ).report
  }

  @Test func serverErrorIsAFinding() throws {
    guard let report = try probe("500") else { return }
    #expect(report.ruleIDs == ["probe-http-status"])
    let message = report.findings.first?.message ?? ""
    #expect(message.contains("→ 500, expected 200"), "\(message)")
    #expect(report.findings.first?.notes.contains { $0.contains("stub failure") } == true)
    print("probe vs fault stub 500: \(report.ruleIDs)")
  }

  @Test func hangingServerTimesOut() throws {
    let start = Date()
    guard let report = try probe("hang", timeout: 1) else { return }
    #expect(report.ruleIDs == ["probe-timeout"])
    #expect(Date().timeIntervalSince(start) < 20)
    print("probe vs fault stub hang (--timeout 1): \(report.ruleIDs)")
  }

  @Test func redirectToAnotherHostIsReportedNotFollowed() throws {
    guard let report = try probe("redirect") else { return }
    #expect(report.ruleIDs == ["probe-redirect"])
    let message = report.findings.first?.message ?? ""
    #expect(message.contains("https://elsewhere.example/"), "\(message)")
    #expect(message.contains("another host"), "\(message)")
    print("probe vs fault stub redirect: \(report.ruleIDs)")
  }

  @Test func htmlAnswerIsNotJSON() throws {
    guard let report = try probe("notjson") else { return }
    #expect(report.ruleIDs == ["probe-not-json"])
    #expect(report.findings.first?.message.contains("text/html") == true)
    print("probe vs fault stub notjson: \(report.ruleIDs)")
  }

  @Test func refusedConnectionIsAFinding() throws {
    let port = try LoopbackServer.freePort()
    let (report, _) = try ProbeHarness.probe(
      "tallyframe-entra.md", base: "http://127.0.0.1:\(port)/v2", token: Self.token)
    #expect(report.ruleIDs == ["probe-unreachable"])
    #expect(report.findings.first?.message.contains("connection refused") == true)
  }

  @Test func tlsToAPlainServerIsATLSFinding() throws {
    guard let stub = try LoopbackServer.faultStub("500", test: #function) else { return }
    defer { stub.stop() }
    let (report, _) = try ProbeHarness.probe(
      "tallyframe-entra.md", base: "https://127.0.0.1:\(stub.port)/v2", token: Self.token,
      timeout: 5)
    #expect(report.ruleIDs == ["probe-tls"], "\(report.findings.map(\.message))")
    print("probe https:// vs plain-HTTP stub: \(report.ruleIDs)")
  }
}
