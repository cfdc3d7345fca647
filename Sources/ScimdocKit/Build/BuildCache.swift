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

/// The build cache: every page's result in one file (`pages.cache` in the
/// cache folder), keyed by a hash of the tool version, the settings and the
/// page bytes. It is read once at the start of a build and, when anything
/// changed, written once at the end (atomically); a damaged or foreign file
/// is ignored and rebuilt.
public struct BuildCache: Sendable {
  public let folder: String
  /// The file name inside ``folder``.
  static let fileName = "pages.cache"
  /// The first bytes of the file: the format, then the tool version.
  static var magic: String {
    "{\"format\":\"scimdoc-cache 3 " + ScimdocVersion.current + "\",\"data\":\""
  }
  /// The file is one JSON object (so anything that checks cache files are
  /// complete JSON still can): the format, then the binary form in base64.
  static let end = Array("\"}\n".utf8)

  public init(folder: String) {
    self.folder = folder
  }

  /// The cache key: the tool version, the settings, the page's path (as the
  /// analysis records it) and its bytes. An entry holds its page's path, so
  /// two identical pages, a renamed page or another checkout sharing the
  /// cache each get their own entry, never another page's analysis.
  static func key(path: String, bytes: [UInt8], salt: String) -> String {
    SHA256.hex(
      Array((ScimdocVersion.current + "\u{0}" + salt + "\u{0}" + path + "\u{0}").utf8) + bytes)
  }

  /// What the cache file holds: entries by key, and the stamps of the pages
  /// they came from (empty when the file is missing, damaged, or was written
  /// with other settings).
  func load(salt: String) -> (entries: [String: CacheEntry], stamps: StampIndex) {
    guard let data = Self.unwrap(folder + "/" + Self.fileName, magic: Self.magic) else {
      return ([:], StampIndex())
    }
    var reader = CacheReader(data)
    do {
      guard try reader.string() == salt else { return ([:], StampIndex()) }
      let entries = try reader.array { r throws(CacheReader.Malformed) in try CacheEntry(from: &r) }
      let stamps = try StampIndex(from: &reader)
      guard reader.isAtEnd else { return ([:], StampIndex()) }
      return (
        Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a }), stamps
      )
    } catch {
      return ([:], StampIndex())
    }
  }

  /// Replaces the cache file with `entries` (sorted by key, so the file is
  /// stable) and the pages' stamps.
  func save(_ entries: [CacheEntry], stamps: StampIndex, salt: String) {
    var writer = CacheWriter()
    writer.string(salt)
    // A page holding something secret-looking (a bearer token, a password
    // in a URL) is not cached: the cache must never hold a secret, and a
    // scrubbed entry would make cached builds differ from fresh ones.
    let clean = entries.filter { !$0.holdsSecretLookingText }
    writer.array(clean.sorted { $0.key < $1.key }) { $1.write(to: &$0) }
    stamps.write(to: &writer)
    try? AtomicWriter(root: folder).write(
      Self.wrap(writer.bytes, magic: Self.magic), to: Self.fileName)
  }

  /// `bytes` in the cache files' form: one JSON object, `magic` (which
  /// opens it and names the format), then the bytes in base64.
  static func wrap(_ bytes: [UInt8], magic: String) -> [UInt8] {
    Array(magic.utf8) + [UInt8](Data(bytes).base64EncodedData()) + end
  }

  /// The bytes in the file at `path` written by ``wrap(_:magic:)`` with the
  /// same `magic`; nil when it is missing, damaged or of another format.
  static func unwrap(_ path: String, magic: String) -> [UInt8]? {
    let head = Array(magic.utf8)
    guard let file = try? SourceLoader(maxFileSize: 1 << 40).readBytes(path),
      file.starts(with: head), file.count >= head.count + end.count,
      file.suffix(end.count).elementsEqual(end),
      let data = Data(base64Encoded: Data(file[head.count..<(file.count - end.count)]))
    else { return nil }
    return [UInt8](data)
  }
}
