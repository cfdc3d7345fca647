import Foundation

/// Stable JSON for manifests: sorted keys, pretty-printed, no escaped slashes.
public enum ManifestCoding {
  /// Encodes `value` as sorted-key, pretty-printed JSON ending in a newline.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    try StableJSON.encoded(value) + "\n"
  }

  /// Decodes a manifest written by ``encode(_:)``.
  public static func decode(_ text: String) throws -> Manifest {
    try JSONDecoder().decode(Manifest.self, from: Data(text.utf8))
  }
}
