import Foundation
import ScimdocKit
import ScimdocProbe
import Testing

/// The `--write` sequence deletes its user even when a later step fails:
/// a scripted transport (no server can be made to fail a PATCH on demand).
@Suite struct ProbeCleanupTests {
  /// Answers by method and path; records every request.
  final class ScriptedTransport: ProbeTransport {
    var sent: [ProbeRequest] = []
    let origin = "http://127.0.0.1:1"

    func target(of request: ProbeRequest) -> String { "/v2" + request.path }

    func send(_ request: ProbeRequest) -> Result<ProbeResponse, ProbeFailure> {
      sent.append(request)
      let list = #"{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"#
      switch (request.method, request.path) {
      case ("GET", let path) where path.contains("%40example.com"):
        return .success(json(200, list + #""totalResults":1,"Resources":[{"id":"u1"}]}"#))
      case ("GET", let path) where path.hasPrefix("/Users?filter="):
        return .success(json(200, list + #""totalResults":0,"Resources":[]}"#))
      case ("GET", "/ServiceProviderConfig"):
        return .success(
          json(
            200,
            #"{"filter":{"supported":true},"authenticationSchemes":[{"type":"oauthbearertoken"}]}"#
          ))
      case ("POST", "/Users"): return .success(json(201, #"{"id":"u1"}"#))
      case ("PATCH", _): return .success(json(500, #"{"detail":"patch broke"}"#))
      case ("DELETE", _): return .success(ProbeResponse(status: 204))
      default: return .success(json(404, "{}"))
      }
    }

    private func json(_ status: Int, _ text: String) -> ProbeResponse {
      ProbeResponse(status: status, contentType: "application/scim+json", body: Data(text.utf8))
    }
  }

  @Test func failedPatchStillDeletesTheUser() throws {
    let transport = ScriptedTransport()
    let prober = Prober(transport: transport, plan: try ProbeHarness.plan("tallyframe-entra.md"))
    let report = prober.run(write: true)
    let steps = transport.sent.map { "\($0.method) \($0.path)" }
    #expect(steps.last == "DELETE /Users/u1", "\(steps)")
    #expect(report.ruleIDs.contains("probe-write-failed"))
    #expect(!report.ruleIDs.contains("probe-cleanup-failed"))
    let failed = report.findings.first { $0.rule == "probe-write-failed" }
    #expect(failed?.message.contains("PATCH /v2/Users/u1 → 500") == true, "\(report.findings)")
    #expect(failed?.notes.contains { $0.contains("patch broke") } == true)
  }

  @Test func createdUserIsPutInTheBodyFromThePageMappings() throws {
    let transport = ScriptedTransport()
    let prober = Prober(
      transport: transport, plan: try ProbeHarness.plan("tallyframe-entra.md"), nonce: "abc123")
    _ = prober.run(write: true)
    let post = try #require(transport.sent.first { $0.method == "POST" }?.body)
    let body = try ProbeJSON.parse(post).get()
    #expect(body.member("userName")?.string == "scimdoc-probe-abc123@example.com")
    #expect(body.member("name")?.member("givenName")?.string == "Probe")
    let email = body.member("emails")?.array?.first
    #expect(email?.member("type")?.string == "work")
    #expect(email?.member("value")?.string == "scimdoc-probe-abc123@example.com")
    let enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
    #expect(body.member(enterprise)?.member("employeeNumber")?.string == "scimdoc-probe-abc123")
    #expect(body.member("schemas")?.array?.count == 2)
  }
}
