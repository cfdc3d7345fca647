import Foundation

/// One HTTP request of the probe, relative to the SCIM base URL.
public struct ProbeRequest: Sendable, Equatable {
  /// `GET`, `POST`, `PATCH` or `DELETE`.
  public var method: String
  /// The path and query after the base URL, starting with `/`, already
  /// percent-encoded (`/Users?filter=userName%20eq%20%22x%22`).
  public var path: String
  /// A JSON body, sent as `application/scim+json`.
  public var body: Data?

  public init(method: String, path: String, body: Data? = nil) {
    self.method = method
    self.path = path
    self.body = body
  }
}

/// What the server answered.
public struct ProbeResponse: Sendable, Equatable {
  public var status: Int
  public var contentType: String?
  /// The `Location` header (redirects are reported, never followed).
  public var location: String?
  public var body: Data

  public init(status: Int, contentType: String? = nil, location: String? = nil, body: Data = Data())
  {
    self.status = status
    self.contentType = contentType
    self.location = location
    self.body = body
  }
}

/// Why no answer came.
public struct ProbeFailure: Sendable, Equatable, Error {
  public enum Kind: String, Sendable {
    case timeout
    case refused = "connection refused"
    case tls = "TLS failure"
    case other = "no connection"
  }

  public var kind: Kind
  /// The transport's own words (never holding the token).
  public var detail: String

  public init(kind: Kind, detail: String) {
    self.kind = kind
    self.detail = detail
  }
}

/// Sends probe requests: HTTP in the tool, anything in tests.
public protocol ProbeTransport {
  /// `scheme://host[:port]` of the base URL (redirects elsewhere are named so).
  var origin: String { get }
  /// The full path (base path + request path) a request goes to, as logged.
  func target(of request: ProbeRequest) -> String
  /// Sends `request` with the bearer token; never throws, never follows redirects.
  func send(_ request: ProbeRequest) -> Result<ProbeResponse, ProbeFailure>
}
