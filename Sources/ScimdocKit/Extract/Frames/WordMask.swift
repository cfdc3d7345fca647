/// The words of a folded text as a 256-bit set: each word (a maximal run of
/// letters, digits and non-ASCII bytes, as ``Clause/wordRange(of:in:from:)``
/// counts them) sets the bit its hash picks.
///
/// A phrase occurs as whole words only in a text that holds every word of it,
/// so a text whose mask does not cover the phrase's mask is ruled out without
/// searching it; a covered mask may hold other words' bits, and the search decides.
struct WordMask: Sendable, Equatable {
  private var a: UInt64 = 0
  private var b: UInt64 = 0
  private var c: UInt64 = 0
  private var d: UInt64 = 0

  /// The words of `folded` (a sentence, or a phrase to look for).
  init(_ folded: String) {
    Self.forEachWord(folded) { insert($0) }
  }

  /// The words of `range` of Markdown source: ASCII letters lowercased, curly
  /// quotes and no-break spaces separating words as ``Clause/fold(_:)`` makes
  /// them; markup adds words (link destinations) but never joins two.
  init(source bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    Self.forEachSourceWord(bytes, range) { insert($0) }
  }

  /// The hash of every word of `range` of Markdown source, in order.
  static func forEachSourceWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UInt64) -> Void
  ) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      var b = bytes[i]
      // U+2018/2019/201C/201D and U+00A0 fold to a quote or a space.
      if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, Self.foldedQuote(bytes[i + 2]) {
        i += 3
        continue
      }
      if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
        i += 2
        continue
      }
      guard Self.isWordByte(b) else {
        i += 1
        continue
      }
      var hash = Self.seed
      while i < end {
        b = bytes[i]
        guard Self.isWordByte(b) else { break }
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, Self.foldedQuote(bytes[i + 2]) {
          break
        }
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { break }
        hash = (hash ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* Self.prime
        i += 1
      }
      body(hash)
    }
  }

  /// The hash of every word of `folded`, in order.
  static func forEachWord(_ folded: String, _ body: (UInt64) -> Void) {
    var text = folded
    text.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        guard Self.isWordByte(bytes[i]) else {
          i += 1
          continue
        }
        var hash = Self.seed
        while i < bytes.count, Self.isWordByte(bytes[i]) {
          hash = (hash ^ UInt64(bytes[i])) &* Self.prime
          i += 1
        }
        body(hash)
      }
    }
  }

  /// True when every word of `phrase` may be here; false rules the phrase out.
  func covers(_ phrase: WordMask) -> Bool {
    a & phrase.a == phrase.a && b & phrase.b == phrase.b && c & phrase.c == phrase.c
      && d & phrase.d == phrase.d
  }

  private mutating func insert(_ hash: UInt64) {
    let mixed = hash ^ (hash >> 29)
    let bit: UInt64 = 1 << ((mixed >> 2) & 63)
    switch mixed & 3 {
    case 0: a |= bit
    case 1: b |= bit
    case 2: c |= bit
    default: d |= bit
    }
  }

  /// The last byte of U+2018, U+2019, U+201C or U+201D (after E2 80), which fold to quotes.
  private static func foldedQuote(_ b: UInt8) -> Bool {
    b == 0x98 || b == 0x99 || b == 0x9C || b == 0x9D
  }

  // FNV-1a, 64 bits.
  private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }
}

/// The words of a paragraph's source in 2,048 bits: with the few dozen words
/// of a paragraph few bits are set, so a label whose words the paragraph
/// lacks is ruled out far more often than by a ``WordMask``; the same rule
/// holds (a covered phrase may still be absent, the search decides).
struct ParagraphWords: Sendable {
  private var bits = [UInt64](repeating: 0, count: 32)

  init(source bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    bits.withUnsafeMutableBufferPointer { out in
      WordMask.forEachSourceWord(bytes, range) { hash in
        let bit = Self.bit(hash)
        out[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
  }

  /// True when every word of `phrase` may be in the paragraph.
  func covers(_ phrase: PhraseWords) -> Bool {
    phrase.hashes.allSatisfy { hash in
      let bit = Self.bit(hash)
      return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
  }

  private static func bit(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & 2047)
  }
}

/// The word hashes of a phrase, for ``ParagraphWords/covers(_:)``.
struct PhraseWords: Sendable {
  let hashes: [UInt64]

  init(_ folded: String) {
    var hashes: [UInt64] = []
    WordMask.forEachWord(folded) { hashes.append($0) }
    self.hashes = hashes
  }
}
