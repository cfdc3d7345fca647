import Foundation

/// One request the probe made and what came of it: what `--verbose` lists
/// and what findings name.
public struct ProbeExchange: Sendable, Equatable {
  public var method: String
  /// The path and query as sent (`/scim/v2/Users?filter=...`).
  public var target: String
  /// The status, when an answer came.
  public var status: Int?
  /// Why no answer came, when none did.
  public var failure: ProbeFailure?
  public var milliseconds: Int

  /// `GET /v2/Users?... → 200`, or `GET /v2/Users → timeout`: for messages.
  public var summary: String {
    "\(method) \(target) → " + (status.map(String.init) ?? failure?.kind.rawValue ?? "no answer")
  }

  /// The `--verbose` line: the request as sent, the token masked (last,
  /// so the line can still pass through a ``Redactor``).
  public var logLine: String {
    "probe: \(method) \(target) → "
      + (status.map(String.init) ?? failure.map { "\($0.kind.rawValue): \($0.detail)" } ?? "?")
      + " in \(milliseconds) ms; Authorization: Bearer ***"
  }
}
