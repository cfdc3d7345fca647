import Foundation

/// A JSON value from a SCIM answer or for a request body.
///
/// SCIM attribute names are case-insensitive (RFC 7643 §2.1), so
/// ``member(_:)`` looks names up ignoring case.
public indirect enum ProbeJSON: Codable, Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([ProbeJSON])
  case object([String: ProbeJSON])

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([ProbeJSON].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: ProbeJSON].self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .null: try c.encodeNil()
    case .bool(let b): try c.encode(b)
    case .number(let n): try c.encode(n)
    case .string(let s): try c.encode(s)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }

  /// The value of `data`, or why it is not JSON.
  public static func parse(_ data: Data) -> Result<ProbeJSON, ProbeJSONError> {
    do {
      return .success(try JSONDecoder().decode(ProbeJSON.self, from: data))
    } catch {
      return .failure(ProbeJSONError())
    }
  }

  /// The value as compact JSON with sorted keys.
  public var data: Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(self)
    } catch {
      return Data("null".utf8)
    }
  }

  /// The member named `name`, ignoring case.
  public func member(_ name: String) -> ProbeJSON? {
    guard case .object(let o) = self else { return nil }
    if let exact = o[name] { return exact }
    let lower = name.lowercased()
    return o.first { $0.key.lowercased() == lower }?.value
  }

  public var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var number: Double? {
    if case .number(let n) = self { return n }
    return nil
  }

  public var array: [ProbeJSON]? {
    if case .array(let a) = self { return a }
    return nil
  }
}

/// A body that is not JSON.
public struct ProbeJSONError: Error, Equatable {}
