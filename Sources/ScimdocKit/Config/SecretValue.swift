/// A credential whose value scimdoc never keeps, only whether it is set.
///
/// The secret text is dropped when the config is loaded: `description`,
/// `dump`, `Mirror` and `Codable` output show ``redactedMarker`` (or
/// `(empty)`), never the value.
public struct SecretValue: Sendable, Hashable, Codable, CustomStringConvertible,
  CustomDebugStringConvertible, CustomReflectable
{
  /// What was found where the secret belongs.
  public enum State: String, Sendable, Hashable, Codable {
    /// A non-empty value.
    case set
    /// A masked value such as `*` (what Graph returns on GET); counts as set.
    case masked
    /// An empty string.
    case empty
  }

  /// The text shown in place of a secret.
  public static let redactedMarker = "[redacted]"

  /// What was found.
  public let state: State

  /// Records the state of `value` and forgets the value.
  public init(observing value: String) {
    if value.isEmpty {
      state = .empty
    } else if value.allSatisfy({ $0 == "*" }) {
      state = .masked
    } else {
      state = .set
    }
  }

  public init(state: State) { self.state = state }

  /// True when a credential is present (set or masked).
  public var isPresent: Bool { state != .empty }

  public var description: String { isPresent ? Self.redactedMarker : "(empty)" }
  public var debugDescription: String { "SecretValue(\(state.rawValue))" }
  public var customMirror: Mirror { Mirror(self, children: ["state": state.rawValue]) }

  /// Decodes from the native format: a string (the value, forgotten at once).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    self.init(observing: try container.decode(String.self))
  }

  /// Encodes as the redacted marker (or `""` when empty).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(isPresent ? Self.redactedMarker : "")
  }
}
