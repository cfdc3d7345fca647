import Foundation

/// JSON with sorted keys, pretty-printed, slashes unescaped: the one
/// encoder configuration every JSON output (reports, manifests, checklists) uses.
public enum StableJSON {
  /// Encodes `value`, throwing what `JSONEncoder` throws.
  public static func encoded<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Encodes `value`; encoding our own Codable structs cannot fail.
  public static func encode<T: Encodable>(_ value: T) -> String {
    (try? encoded(value)) ?? "{}"
  }
}
