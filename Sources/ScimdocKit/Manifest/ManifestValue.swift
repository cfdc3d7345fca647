/// A JSON value in a manifest: the neutral values requirements compare against.
public enum ManifestValue: Codable, Sendable, Equatable, Hashable {
  case string(String)
  case bool(Bool)
  case int(Int)
  case array([ManifestValue])
  case object([String: ManifestValue])

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int.self) {
      self = .int(i)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([ManifestValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: ManifestValue].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .string(let s): try c.encode(s)
    case .bool(let b): try c.encode(b)
    case .int(let i): try c.encode(i)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }

  /// A compact, human-readable rendering (`true`, `automatic`, `[a, b]`).
  public var display: String {
    switch self {
    case .string(let s): s
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .array(let a): "[" + a.map(\.display).joined(separator: ", ") + "]"
    case .object(let o):
      "{" + o.keys.sorted().map { "\($0): \(o[$0]?.display ?? "")" }.joined(separator: ", ") + "}"
    }
  }

  /// The string, when this is one.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
}
