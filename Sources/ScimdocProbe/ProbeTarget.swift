import Foundation
import ScimdocKit

/// The SCIM base URL the probe talks to, checked before any request.
///
/// `https://` always; plain `http://` only with `--allow-http-loopback` and a
/// loopback host (`127.0.0.1`, `::1`, `localhost`), so a token never crosses
/// a network unencrypted.
public struct ProbeTarget: Sendable, Equatable {
  /// `scheme://host[:port]`.
  public var origin: String
  /// The base path without a trailing slash (`/scim/v2`, or empty).
  public var path: String

  public init(origin: String, path: String) {
    self.origin = origin
    self.path = path
  }

  /// The whole base URL as the probe uses it.
  public var url: String { origin + path }

  /// Why a URL cannot be probed (exit 2).
  public enum Problem: Error, Equatable, CustomStringConvertible {
    case notAURL(String)
    case plainHTTP(String)
    case notLoopback(String)
    case credentials
    case query

    public var description: String {
      switch self {
      case .notAURL(let url): "'\(url)' is not an absolute https:// URL"
      case .plainHTTP(let url):
        "'\(url)' is plain http://: the token would cross the network unencrypted; use https://, "
          + "or --allow-http-loopback for a server on 127.0.0.1, ::1 or localhost"
      case .notLoopback(let host):
        "--allow-http-loopback allows http:// only to 127.0.0.1, ::1 or localhost, not '\(host)'"
      case .credentials: "the URL holds a user name or password; give the token with --token-env"
      case .query: "the base URL must not hold a query or fragment"
      }
    }
  }

  /// Checks `text` and splits it into origin and base path.
  public static func parse(_ text: String, allowHTTPLoopback: Bool) -> Result<ProbeTarget, Problem>
  {
    guard let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
      let host = parts.host, !host.isEmpty, ["http", "https"].contains(scheme)
    else { return .failure(.notAURL(text)) }
    if parts.user != nil || parts.password != nil { return .failure(.credentials) }
    if parts.query != nil || parts.fragment != nil { return .failure(.query) }
    if scheme == "http" {
      guard allowHTTPLoopback else { return .failure(.plainHTTP(text)) }
      guard isLoopback(host) else { return .failure(.notLoopback(host)) }
    }
    let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    var origin = scheme + "://" + shownHost
    if let port = parts.port { origin += ":\(port)" }
    var path = parts.percentEncodedPath
    while path.hasSuffix("/") { path.removeLast() }
    return .success(ProbeTarget(origin: origin, path: path))
  }

  /// True for the loopback names the probe allows plain HTTP to.
  public static func isLoopback(_ host: String) -> Bool {
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
    return ["127.0.0.1", "::1", "localhost"].contains(bare)
  }
}
