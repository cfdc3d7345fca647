import Foundation

/// What a page produced, kept in the content-hash cache so that an unchanged
/// page is not parsed again.
public struct PageArtifacts: Codable, Sendable {
  /// Output files by name (`manifest.json`, `checklist.md`, ...).
  public var files: [String: String]
  public var provider: String?
  public var requirements: Int

  public init(files: [String: String], provider: String?, requirements: Int) {
    self.files = files
    self.provider = provider
    self.requirements = requirements
  }
}

/// One cached page result.
struct CacheEntry: Codable, Sendable {
  var key: String
  var analysis: PageAnalysis
  var artifacts: PageArtifacts?
}

/// A folder of cache entries named by content hash. Entries are written
/// atomically; a corrupt or foreign entry is ignored (and rebuilt).
public struct BuildCache: Sendable {
  public let folder: String

  public init(folder: String) {
    self.folder = folder
  }

  /// The cache key: the tool version, the settings and the page bytes.
  static func key(bytes: [UInt8], salt: String) -> String {
    SHA256.hex(Array((ScimdocVersion.current + "\u{0}" + salt + "\u{0}").utf8) + bytes)
  }

  func read(_ key: String) -> CacheEntry? {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(key + ".json")
    guard let data = try? Data(contentsOf: url),
      let entry = try? JSONDecoder().decode(CacheEntry.self, from: data), entry.key == key
    else { return nil }
    return entry
  }

  func write(_ entry: CacheEntry) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(entry) else { return }
    // A page holding something secret-looking (a bearer token, a password
    // in a URL) is not cached: the cache must never hold a secret, and a
    // scrubbed entry would make cached builds differ from fresh ones.
    let text = String(decoding: data, as: UTF8.self)
    guard Redactor().scrub(text) == text else { return }
    try? AtomicWriter(root: folder).write([UInt8](data), to: entry.key + ".json")
  }
}
