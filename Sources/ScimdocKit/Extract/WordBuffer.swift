/// The word being read by ``Tokenizer``: its UTF-8 bytes, where it starts,
/// and whether it is all ASCII (then lowercasing needs no Unicode tables).
struct WordBuffer {
  private var bytes: [UInt8] = []
  private var ascii = true
  /// The byte offset of the word's first character in its text.
  private(set) var start = 0

  /// Adds one ASCII byte at `offset`.
  mutating func append(_ b: UInt8, at offset: Int) {
    if bytes.isEmpty { start = offset }
    bytes.append(b)
  }

  /// Adds a character at `offset`.
  mutating func append(_ ch: Character, at offset: Int) {
    if bytes.isEmpty { start = offset }
    bytes.append(contentsOf: ch.utf8)
    if !ch.isASCII { ascii = false }
  }

  /// The word lowercased and as written, emptying the buffer; nil when empty.
  mutating func take() -> (lower: String, original: String)? {
    guard !bytes.isEmpty else { return nil }
    defer {
      bytes.removeAll(keepingCapacity: true)
      ascii = true
    }
    let original = String(decoding: bytes, as: UTF8.self)
    guard ascii else { return (original.lowercased(), original) }
    guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return (original, original) }
    let lower = String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (i, b) in bytes.enumerated() { buffer[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
      return bytes.count
    }
    return (lower, original)
  }
}
