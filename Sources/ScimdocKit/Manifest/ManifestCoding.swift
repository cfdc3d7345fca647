import Foundation

/// Stable JSON for manifests: sorted keys, pretty-printed, no escaped slashes.
public enum ManifestCoding {
  /// Encodes `value` as sorted-key, pretty-printed JSON ending in a newline.
  public static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// Decodes a manifest written by ``encode(_:)``.
  public static func decode(_ text: String) throws -> Manifest {
    try JSONDecoder().decode(Manifest.self, from: Data(text.utf8))
  }
}

/// Writes output files atomically: a temporary file beside the target, then a rename.
public enum AtomicWriter {
  /// Writes `text` to `path`, never leaving a partial file behind.
  public static func write(_ text: String, to path: String) throws(InputError) {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try Data(text.utf8).write(to: temp)
      // rename(2) replaces the target atomically on POSIX file systems.
      guard rename(temp.path, url.path) == 0 else {
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      try? FileManager.default.removeItem(at: temp)
      throw InputError(
        path: path, location: nil,
        message: .unreadable("cannot write: \(error.localizedDescription)"),
        lineText: nil)
    }
  }
}
