/// The word being read by ``Tokenizer``: where it starts in its text and,
/// while the word is those bytes unchanged, nothing else; a copy of its
/// bytes only once a character is rewritten (`’` read as `'`).
struct WordBuffer {
  private var bytes: [UInt8] = []
  /// True while the word is `text[start..<end]`.
  private var inPlace = true
  private var isEmpty = true
  /// True while every character is ASCII (then lowercasing needs no Unicode tables).
  private var ascii = true
  /// The byte offset of the word's first character in its text.
  private(set) var start = 0
  private var end = 0
  /// True when some byte is an ASCII capital.
  private var upper = false

  /// Notes whether `b` is an ASCII capital (the keyword lookup then lowers).
  @inline(__always) private mutating func see(_ b: UInt8) {
    upper = upper || (b >= 0x41 && b <= 0x5A)
  }

  /// Adds the ASCII byte at `offset` of the text.
  mutating func append(_ b: UInt8, at offset: Int) {
    if isEmpty {
      isEmpty = false
      start = offset
    }
    if inPlace { end = offset + 1 } else { bytes.append(b) }
    see(b)
  }

  /// Adds `ch`, read at `offset` of `text` (or written as `'` when it is `’`).
  mutating func append(_ ch: Character, at offset: Int, in text: UnsafeBufferPointer<UInt8>) {
    if isEmpty {
      isEmpty = false
      start = offset
      end = offset
    }
    if ch == "’" {
      if inPlace {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
        inPlace = false
      }
      bytes.append(UInt8(ascii: "'"))
      see(UInt8(ascii: "'"))
      return
    }
    for b in ch.utf8 { see(b) }
    if !ch.isASCII { ascii = false }
    if inPlace {
      end = offset + ch.utf8.count
    } else {
      bytes.append(contentsOf: ch.utf8)
    }
  }

  /// The word lowercased and as written, with its keyword, emptying the
  /// buffer; nil when empty. A keyword's lowercase string is the table's own.
  mutating func take(from text: UnsafeBufferPointer<UInt8>, keywords: KeywordTable)
    -> (lower: String, original: String, keyword: Keyword?)?
  {
    guard !isEmpty else { return nil }
    defer {
      isEmpty = true
      inPlace = true
      ascii = true
      upper = false
    }
    if inPlace {
      return word(UnsafeBufferPointer(rebasing: text[start..<end]), keywords)
    }
    return bytes.withUnsafeBufferPointer { word($0, keywords) }
  }

  private func word(_ p: UnsafeBufferPointer<UInt8>, _ keywords: KeywordTable)
    -> (String, String, Keyword?)
  {
    guard ascii else {
      let original = String(decoding: p, as: UTF8.self)
      var lower = original.lowercased()
      return (lower, original, lower.withUTF8 { keywords.find($0) })
    }
    let keyword = keywords.find(p, lowering: upper)
    if let keyword, !upper {
      let spelling = keywords.spellings[Int(keyword.rawValue)]
      return (spelling, spelling, keyword)
    }
    let original = String(decoding: p, as: UTF8.self)
    guard upper else { return (original, original, nil) }
    if let keyword { return (keywords.spellings[Int(keyword.rawValue)], original, keyword) }
    let lower = String(unsafeUninitializedCapacity: p.count) { buffer in
      for (i, b) in p.enumerated() { buffer[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
      return p.count
    }
    return (lower, original, nil)
  }
}
