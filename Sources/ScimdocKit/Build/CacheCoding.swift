/// A compact binary form for the build cache: lengths and integers as
/// little-endian 64-bit values, strings as UTF-8. Reading is a single pass
/// over one buffer, far cheaper than decoding JSON for every page.
struct CacheWriter {
  private(set) var bytes: [UInt8] = []
  /// When set, strings are also checked for secret-looking text.
  var probingSecrets = false
  /// Also probe with the page masker (``SecretText``): a link's
  /// `?access_token=` or a token typed after "API Token" keeps the page out
  /// of the cache.
  var probingPageText = false
  /// True once a string the redactor would change was written (when probing).
  private(set) var sawSecret = false

  mutating func int(_ v: Int) {
    withUnsafeBytes(of: Int64(v).littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

  mutating func string(_ s: String) {
    if probingSecrets, !sawSecret,
      Self.looksSecret(s) || (probingPageText && SecretText.holdsSecret(s))
    {
      sawSecret = true
    }
    int(s.utf8.count)
    bytes.append(contentsOf: s.utf8)
  }

  /// True when the redactor would change `s` as `JSONEncoder` writes it
  /// (quotes, backslashes, slashes and control characters escaped).
  static func looksSecret(_ s: String) -> Bool {
    var json = PrettyJSONWriter(sink: nil)
    json.appendEscaped(s, slashes: true)
    guard Redactor.mayNeedScrubbing(json.out.bytes) else { return false }
    let text = String(decoding: json.out.bytes, as: UTF8.self)
    return Redactor().scrub(text) != text
  }

  mutating func optional<T>(_ v: T?, _ write: (inout CacheWriter, T) -> Void) {
    bool(v != nil)
    if let v { write(&self, v) }
  }

  mutating func array<T>(_ items: [T], _ write: (inout CacheWriter, T) -> Void) {
    int(items.count)
    for item in items { write(&self, item) }
  }
}

/// Reads what ``CacheWriter`` wrote; every read throws on truncated or
/// malformed input, so a damaged cache is a miss, never a crash.
struct CacheReader {
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func int() throws(Malformed) -> Int {
    guard bytes.count - offset >= 8 else { throw Malformed() }
    var v: UInt64 = 0
    for i in (0..<8).reversed() { v = v << 8 | UInt64(bytes[offset + i]) }
    offset += 8
    return Int(truncatingIfNeeded: Int64(bitPattern: v))
  }

  mutating func bool() throws(Malformed) -> Bool {
    guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
    offset += 1
    return bytes[offset - 1] == 1
  }

  mutating func string() throws(Malformed) -> String {
    let n = try int()
    guard n >= 0, bytes.count - offset >= n else { throw Malformed() }
    let s = bytes[offset..<offset + n].withUnsafeBufferPointer {
      String(validating: $0, as: UTF8.self)
    }
    guard let s else { throw Malformed() }
    offset += n
    return s
  }

  mutating func optional<T>(_ read: (inout CacheReader) throws(Malformed) -> T) throws(Malformed)
    -> T?
  {
    try bool() ? try read(&self) : nil
  }

  mutating func array<T>(_ read: (inout CacheReader) throws(Malformed) -> T) throws(Malformed)
    -> [T]
  {
    let n = try int()
    guard n >= 0, n <= bytes.count - offset else { throw Malformed() }
    var out: [T] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try read(&self)) }
    return out
  }
}
