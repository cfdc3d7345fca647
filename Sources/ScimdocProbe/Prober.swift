import Foundation
import ScimdocKit

/// Does what an identity provider does with a SCIM endpoint and compares
/// the answers with what the setup page promises.
///
/// Steps: Entra's Test Connection, the discovery endpoints
/// (`/ServiceProviderConfig`, `/Schemas`, `/ResourceTypes`) against the
/// page's mapped attributes, matching attribute and authentication, and with
/// `write` one disposable user created, found, updated, deactivated and
/// deleted. Every finding points at the page sentence behind the check and
/// names the HTTP exchange.
public final class Prober {
  let transport: any ProbeTransport
  let plan: ProbePlan
  /// A random word for the probe's names (`scimdoc-probe-1a2b3c4d`).
  let nonce: String
  /// Called after each request (`--verbose` prints it).
  var onExchange: (ProbeExchange) -> Void

  public private(set) var exchanges: [ProbeExchange] = []
  var findings: [Diagnostic] = []
  var checks: [CheckResult] = []
  var index = SCIMSchemaIndex()
  /// The `/Schemas` exchange attribute findings name.
  var schemasExchange: ProbeExchange?

  public init(
    transport: any ProbeTransport, plan: ProbePlan,
    nonce: String = String(UInt32.random(in: 0...UInt32.max), radix: 16),
    onExchange: @escaping (ProbeExchange) -> Void = { _ in }
  ) {
    self.transport = transport
    self.plan = plan
    self.nonce = nonce
    self.onExchange = onExchange
  }

  /// Runs every step (the write sequence only when `write`) and reports.
  public func run(write: Bool) -> Report {
    if testConnection() {
      discover()
      checkAttributes()
      if write { writeSequence() }
    }
    return Report(findings: findings, checks: checks, rules: ProbeRules.all, filesChecked: 1)
  }

  // MARK: - Exchanges

  /// An answer the probe can read on: its status and JSON body.
  struct Answer {
    var exchange: ProbeExchange
    var response: ProbeResponse
    var json: ProbeJSON?
  }

  /// Sends `request`. When no answer came, or its status is not in
  /// `expected`, or `needsJSON` and the body is no JSON, records the finding
  /// (at `anchor`, about `what`) and returns nil.
  func send(
    _ request: ProbeRequest, expected: Set<Int>, anchor: Anchor, what: String,
    needsJSON: Bool = true, step: String
  ) -> Answer? {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = transport.send(request)
    let ms = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    var exchange = ProbeExchange(
      method: request.method, target: transport.target(of: request), status: nil, failure: nil,
      milliseconds: ms)
    switch result {
    case .failure(let failure):
      exchange.failure = failure
      record(exchange)
      let (rule, words) = Self.describe(failure)
      fail(step, rule, "\(what): \(exchange.summary): \(words)", anchor, exchange: exchange)
      return nil
    case .success(let response):
      exchange.status = response.status
      record(exchange)
      guard expected.contains(response.status) else {
        unexpected(response, exchange, expected: expected, anchor: anchor, what: what, step: step)
        return nil
      }
      guard needsJSON || !response.body.isEmpty else {
        return Answer(exchange: exchange, response: response, json: nil)
      }
      switch ProbeJSON.parse(response.body) {
      case .success(let json): return Answer(exchange: exchange, response: response, json: json)
      case .failure:
        if !needsJSON { return Answer(exchange: exchange, response: response, json: nil) }
        fail(
          step, "probe-not-json",
          "\(what): \(exchange.summary), but the body is not JSON"
            + Self.contentTypeNote(response),
          anchor, exchange: exchange)
        return nil
      }
    }
  }

  private func record(_ exchange: ProbeExchange) {
    exchanges.append(exchange)
    onExchange(exchange)
  }

  /// The finding for an answer with a status the step did not expect.
  private func unexpected(
    _ response: ProbeResponse, _ exchange: ProbeExchange, expected: Set<Int>, anchor: Anchor,
    what: String, step: String
  ) {
    let wanted = expected.sorted().map(String.init).joined(separator: " or ")
    var message = "\(what): \(exchange.summary), expected \(wanted)"
    let rule: String
    switch response.status {
    case 300..<400:
      rule = "probe-redirect"
      let location = response.location ?? "(no Location header)"
      message += "; it redirects to \(location)"
      if let host = URLComponents(string: location)?.host,
        let here = URLComponents(string: transport.origin)?.host, host != here
      {
        message += ", another host: not followed (the token would go there)"
      } else {
        message += ": not followed; use the URL it names as the tenant URL"
      }
    case 401, 403:
      rule = "probe-auth-rejected"
      message += "; the endpoint refused the probe's bearer value"
    default:
      // A failed step of --write is that step's failure; elsewhere the status is the finding.
      rule = step.hasPrefix("write/") ? "probe-write-failed" : "probe-http-status"
    }
    // The server's words go in a note: a message naming credentials would
    // have its random-looking filter value masked by the report's scrubbing.
    let detail = ProbeJSON.parse(response.body).success?.member("detail")?.string
    fail(
      step, rule, message, anchor, exchange: exchange,
      notes: detail.map { ["the answer's /detail: \"\($0.prefix(200))\""] } ?? [])
  }

  static func describe(_ failure: ProbeFailure) -> (rule: String, words: String) {
    switch failure.kind {
    case .timeout: ("probe-timeout", "no answer within the timeout (--timeout)")
    case .refused: ("probe-unreachable", "nothing accepts connections at that address")
    case .tls: ("probe-tls", failure.detail)
    case .other: ("probe-unreachable", failure.detail)
    }
  }

  static func contentTypeNote(_ response: ProbeResponse) -> String {
    " (Content-Type: \(response.contentType ?? "none"), \(response.body.count) bytes)"
  }
}

extension Result {
  /// The success value, if any.
  var success: Success? {
    if case .success(let value) = self { return value }
    return nil
  }
}
