import Foundation
import ScimdocKit

/// Test Connection and the discovery endpoints.
extension Prober {
  static let listResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse"

  /// Entra's Test Connection: a filter on a user name nobody has, expecting
  /// an empty `ListResponse`. False when the endpoint is not usable at all
  /// (the other steps would only repeat the finding).
  func testConnection() -> Bool {
    let anchor = testConnectionAnchor
    let what = "Test Connection"
    let filter = "userName eq \"scimdoc-probe-\(nonce)\""
    guard
      let answer = send(
        ProbeRequest(method: "GET", path: "/Users?filter=" + Self.queryEncoded(filter)),
        expected: [200], anchor: anchor, what: what, step: "test-connection")
    else { return false }
    let json = answer.json ?? .null
    let schemas = (json.member("schemas")?.array ?? []).compactMap(\.string)
    guard schemas.contains(Self.listResponse) else {
      fail(
        "test-connection", "probe-test-connection",
        "\(what): \(answer.exchange.summary), but /schemas does not hold \(Self.listResponse)",
        anchor, exchange: answer.exchange, pointer: "/schemas")
      return true
    }
    guard let total = json.member("totalResults")?.number, total == 0 else {
      let shown = json.member("totalResults").map { String(decoding: $0.data, as: UTF8.self) }
      fail(
        "test-connection", "probe-test-connection",
        "\(what): \(answer.exchange.summary), but /totalResults is \(shown ?? "missing"), "
          + "not 0, for a user name nobody has",
        anchor, exchange: answer.exchange, pointer: "/totalResults")
      return true
    }
    pass("test-connection", anchor)
    return true
  }

  /// Reads `/ServiceProviderConfig`, `/Schemas` and `/ResourceTypes`, and
  /// checks filtering and the authentication scheme.
  func discover() {
    let anchor = endpointAnchor
    if let answer = send(
      ProbeRequest(method: "GET", path: "/ServiceProviderConfig"), expected: [200],
      anchor: anchor, what: "Service provider config", step: "service-provider-config")
    {
      pass("service-provider-config", anchor)
      checkFiltering(answer)
      checkAuthentication(answer)
    }
    if let answer = send(
      ProbeRequest(method: "GET", path: "/Schemas"), expected: [200], anchor: anchor,
      what: "Schemas", step: "schemas")
    {
      index.addSchemas(answer.json ?? .null)
      if index.schemas.isEmpty {
        fail(
          "schemas", "probe-discovery-invalid",
          "Schemas: \(answer.exchange.summary), but it lists no schema with attributes",
          anchor, exchange: answer.exchange, pointer: "/Resources")
      } else {
        schemasExchange = answer.exchange
        pass("schemas", anchor)
      }
    }
    if let answer = send(
      ProbeRequest(method: "GET", path: "/ResourceTypes"), expected: [200], anchor: anchor,
      what: "Resource types", step: "resource-types")
    {
      index.addResourceTypes(answer.json ?? .null)
      if index.resourceTypes["user"] == nil {
        fail(
          "resource-types", "probe-discovery-invalid",
          "Resource types: \(answer.exchange.summary), but it lists no User resource type",
          anchor, exchange: answer.exchange, pointer: "/Resources")
      } else {
        pass("resource-types", anchor)
      }
    }
  }

  private func checkFiltering(_ answer: Answer) {
    guard let matching = plan.matching else { return }
    let supported = answer.json?.member("filter")?.member("supported")?.bool
    let anchor = Anchor(matching.requirement)
    guard supported == true else {
      fail(
        "filter", "probe-filter-unsupported",
        "the page matches users on '\(matching.target)', which the provider looks up with a "
          + "filter, but \(answer.exchange.summary) says /filter/supported is "
          + (supported.map(String.init) ?? "missing"),
        anchor, exchange: answer.exchange, pointer: "/filter/supported",
        severity: anchor.severity)
      return
    }
    pass("filter", anchor)
  }

  private func checkAuthentication(_ answer: Answer) {
    guard let (scheme, requirement) = plan.authentication else { return }
    let anchor = Anchor(requirement)
    let schemes = (answer.json?.member("authenticationSchemes")?.array ?? []).compactMap {
      $0.member("type")?.string?.lowercased()
    }
    guard !schemes.contains(where: { Self.scheme($0, fits: scheme) }) else {
      pass("auth-scheme", anchor)
      return
    }
    fail(
      "auth-scheme", "probe-auth-scheme",
      "the page sets up \(scheme) authentication, but \(answer.exchange.summary) lists "
        + (schemes.isEmpty
          ? "no authenticationSchemes" : "only " + schemes.joined(separator: ", ")),
      anchor, exchange: answer.exchange, pointer: "/authenticationSchemes")
  }

  /// True when an RFC 7643 scheme type (`oauthbearertoken`, `httpbasic`)
  /// serves the page's `bearer`, `oauth2` or `basic`.
  static func scheme(_ type: String, fits page: String) -> Bool {
    switch page.lowercased() {
    case "bearer": type.contains("bearer") || type.contains("oauth")
    case "oauth2": type.contains("oauth")
    case "basic": type.contains("basic")
    default: true
    }
  }

  /// `text` percent-encoded for a query value (spaces as `%20`, quotes as `%22`).
  static func queryEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~:")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
  }
}
