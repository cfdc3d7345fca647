/// A scalar read by the YAML 1.2 core schema.
///
/// `on`, `yes`, `no` and `off` are strings (they were booleans only in YAML
/// 1.1); `2022-03-04` is a string too (read it as a date where a date is
/// expected). Quoted and block scalars are always strings.
public enum YAMLValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
}

extension YAMLNode {
  /// The core-schema reading of a scalar; nil for collections.
  public var value: YAMLValue? {
    guard let text, let style else { return nil }
    return YAMLValue.resolve(text, style: style, tag: tag)
  }
}

extension YAMLValue {
  private static let yamlTagPrefix = "tag:yaml.org,2002:"

  /// Reads `text` by its explicit tag, or by the core schema when plain.
  static func resolve(_ text: String, style: YAMLNode.ScalarStyle, tag: String?) -> YAMLValue {
    if let tag {
      switch tag {
      case yamlTagPrefix + "null": return .null
      case yamlTagPrefix + "bool": return bool(text).map(YAMLValue.bool) ?? .string(text)
      case yamlTagPrefix + "int": return int(text).map(YAMLValue.int) ?? .string(text)
      case yamlTagPrefix + "float":
        return (float(text) ?? int(text).map(Double.init)).map(YAMLValue.float) ?? .string(text)
      default: return .string(text)
      }
    }
    guard style == .plain else { return .string(text) }
    return coreSchema(text)
  }

  /// The core schema's reading of a plain scalar.
  public static func coreSchema(_ text: String) -> YAMLValue {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    default: break
    }
    if let value = bool(text) { return .bool(value) }
    if let value = int(text) { return .int(value) }
    if let value = float(text) { return .float(value) }
    return .string(text)
  }

  private static func bool(_ text: String) -> Bool? {
    switch text {
    case "true", "True", "TRUE": true
    case "false", "False", "FALSE": false
    default: nil
    }
  }

  /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; nil when out of range (a
  /// decimal beyond `Int` then reads as a float, as the core float rule allows).
  private static func int(_ text: String) -> Int? {
    if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
    if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
    let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    return Int(text)
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `.inf`, `.nan`.
  private static func float(_ text: String) -> Double? {
    switch text {
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
    case "-.inf", "-.Inf", "-.INF": return -.infinity
    case ".nan", ".NaN", ".NAN": return .nan
    default: break
    }
    var bytes = Substring(text).utf8[...]
    if let first = bytes.first, first == 0x2B || first == 0x2D { bytes = bytes.dropFirst() }
    let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
    let whole = bytes.prefix(while: isDigit)
    bytes = bytes.dropFirst(whole.count)
    var fraction = 0
    if bytes.first == 0x2E {
      bytes = bytes.dropFirst()
      fraction = bytes.prefix(while: isDigit).count
      bytes = bytes.dropFirst(fraction)
    }
    guard !whole.isEmpty || fraction > 0 else { return nil }
    if let e = bytes.first, e == 0x65 || e == 0x45 {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
      let exponent = bytes.prefix(while: isDigit)
      guard !exponent.isEmpty else { return nil }
      bytes = bytes.dropFirst(exponent.count)
    }
    guard bytes.isEmpty else { return nil }
    return Double(text)
  }
}
