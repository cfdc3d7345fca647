import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The probe's HTTP client: AsyncHTTPClient (SwiftNIO and BoringSSL, so the
/// static release binary needs no FoundationNetworking), with redirects off
/// and one deadline per request.
public final class HTTPTransport: ProbeTransport {
  private let client: HTTPClient
  private let base: ProbeTarget
  private let token: String
  private let timeoutMilliseconds: Int64

  /// A client for `base`, sending `token` as a bearer credential.
  public init(base: ProbeTarget, token: String, timeout seconds: Double) {
    self.base = base
    self.token = token
    timeoutMilliseconds = Int64(max(seconds, 0.001) * 1000)
    var configuration = HTTPClient.Configuration(
      redirectConfiguration: .disallow,
      timeout: .init(
        connect: .milliseconds(timeoutMilliseconds), read: .milliseconds(timeoutMilliseconds)))
    configuration.decompression = .disabled
    client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
  }

  deinit {
    try? client.syncShutdown()
  }

  public var origin: String { base.origin }

  public func target(of request: ProbeRequest) -> String {
    base.path + request.path
  }

  public func send(_ request: ProbeRequest) -> Result<ProbeResponse, ProbeFailure> {
    let url = base.origin + target(of: request)
    let built: HTTPClient.Request
    do {
      built = try HTTPClient.Request(
        url: url, method: method(request.method),
        body: request.body.map { .bytes($0) })
    } catch {
      return .failure(ProbeFailure(kind: .other, detail: "invalid request URL: \(error)"))
    }
    var prepared = built
    prepared.headers.add(name: "Authorization", value: "Bearer " + token)
    prepared.headers.add(name: "Accept", value: "application/scim+json, application/json")
    prepared.headers.add(name: "User-Agent", value: "scimdoc-probe")
    if request.body != nil {
      prepared.headers.add(name: "Content-Type", value: "application/scim+json")
    }
    do {
      let response = try client.execute(
        request: prepared, deadline: .now() + .milliseconds(timeoutMilliseconds)
      ).wait()
      var body = Data()
      if let buffer = response.body { body = Data(buffer.readableBytesView) }
      return .success(
        ProbeResponse(
          status: Int(response.status.code),
          contentType: response.headers.first(name: "Content-Type"),
          location: response.headers.first(name: "Location"), body: body))
    } catch {
      return .failure(Self.classify(error))
    }
  }

  /// The transport error as a kind the findings name.
  static func classify(_ error: any Error) -> ProbeFailure {
    let detail = String(describing: error)
    let lower = detail.lowercased()
    let kind: ProbeFailure.Kind
    if lower.contains("timeout") || lower.contains("deadline") || lower.contains("timedout") {
      kind = .timeout
    } else if lower.contains("refused") {
      kind = .refused
    } else if ["ssl", "tls", "certificate", "handshake", "boringssl"].contains(where: {
      lower.contains($0)
    }) {
      kind = .tls
    } else {
      kind = .other
    }
    return ProbeFailure(kind: kind, detail: detail)
  }

  private func method(_ name: String) -> HTTPMethod {
    switch name {
    case "POST": .POST
    case "PATCH": .PATCH
    case "PUT": .PUT
    case "DELETE": .DELETE
    default: .GET
    }
  }
}
