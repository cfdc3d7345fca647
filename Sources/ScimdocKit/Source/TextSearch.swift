import Foundation

/// Fast text tests on UTF-8 bytes that answer exactly as the Foundation calls
/// they replace (which compare whole `Character`s).
///
/// A byte match of an ASCII needle is a `Character` match unless a non-ASCII
/// neighbour joins the match's first or last character into a larger grapheme
/// (a combining mark after it, a prepended mark before it); those rare
/// matches are checked with the standard library's grapheme breaking.
enum TextSearch {
  /// `haystack.components(separatedBy: needle).count - 1`: the non-overlapping
  /// occurrences of `needle`, scanning left to right.
  static func count(_ needle: String, in haystack: String) -> Int {
    guard isPlain(needle) else { return haystack.components(separatedBy: needle).count - 1 }
    var h = haystack
    var n = needle
    return h.withUTF8 { hp in n.withUTF8 { np in scan(np, in: hp, all: true) } }
  }

  /// `haystack.contains(needle)`, for needles of plain ASCII.
  static func contains(_ needle: String, in haystack: String) -> Bool {
    guard isPlain(needle) else { return haystack.contains(needle) }
    var h = haystack
    var n = needle
    return h.withUTF8 { hp in n.withUTF8 { np in scan(np, in: hp, all: false) > 0 } }
  }

  /// `haystack.firstIndex(of: needle)` for a one-character ASCII needle (or
  /// `haystack.range(of: needle)?.lowerBound` for a longer one), as a
  /// `Character`-aligned index.
  static func firstIndex(of needle: String, in haystack: String) -> String.Index? {
    guard isPlain(needle) else {
      return needle.count == 1
        ? needle.first.flatMap { haystack.firstIndex(of: $0) }
        : haystack.range(of: needle)?.lowerBound
    }
    var h = haystack
    var n = needle
    let offset = h.withUTF8 { hp in n.withUTF8 { np in firstMatch(np, in: hp) } }
    return offset.map { haystack.utf8.index(haystack.utf8.startIndex, offsetBy: $0) }
  }

  /// `s.replacingOccurrences(of: needle, with: replacement)`, skipping the
  /// Foundation call when the needle's bytes occur nowhere in `s`.
  static func replacing(_ needle: String, with replacement: String, in s: String) -> String {
    guard isPlain(needle), !mayContain(needle, in: s) else {
      return s.replacingOccurrences(of: needle, with: replacement)
    }
    return s
  }

  /// False only when no byte sequence of `s` equals `needle`'s bytes (ASCII
  /// letters compared in any case when `ignoringCase`): then no search of any
  /// kind can find it.
  static func mayContain(_ needle: String, in s: String, ignoringCase: Bool = false) -> Bool {
    var h = s
    return h.withUTF8 { mayContain(needle, inBytes: $0, ignoringCase: ignoringCase) }
  }

  /// ``mayContain(_:in:ignoringCase:)`` over bytes (a block of a page's source).
  static func mayContain(
    _ needle: String, in bytes: ArraySlice<UInt8>, ignoringCase: Bool = false
  ) -> Bool {
    bytes.withUnsafeBufferPointer { mayContain(needle, inBytes: $0, ignoringCase: ignoringCase) }
  }

  private static func mayContain(
    _ needle: String, inBytes h: UnsafeBufferPointer<UInt8>, ignoringCase: Bool
  ) -> Bool {
    var n = needle
    return n.withUTF8 { n in
      guard !n.isEmpty else { return true }
      guard n.count <= h.count else { return false }
      let mask: UInt8 = ignoringCase ? 0x20 : 0
      let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
      let first = n[0] | (isLetter(n[0]) ? mask : 0)
      for i in 0...(h.count - n.count) where h[i] | (isLetter(h[i]) ? mask : 0) == first {
        var k = 1
        while k < n.count,
          h[i + k] | (isLetter(h[i + k]) ? mask : 0) == n[k] | (isLetter(n[k]) ? mask : 0)
        {
          k += 1
        }
        if k == n.count { return true }
      }
      return false
    }
  }

  /// True when byte matching is exact for `needle`: non-empty ASCII with no
  /// line breaks and none of the two ASCII characters (`;` and `` ` ``) that a
  /// non-ASCII character is canonically equivalent to.
  static func isPlain(_ needle: String) -> Bool {
    !needle.isEmpty
      && needle.utf8.allSatisfy { b in
        b < 0x80 && b != 0x0A && b != 0x0D && b != UInt8(ascii: ";") && b != UInt8(ascii: "`")
      }
  }

  /// True when the bytes `needle` occur in `hay` as whole characters.
  static func occurs(_ needle: [UInt8], in hay: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    return hay.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in firstMatch(n, in: h) != nil }
    }
  }

  /// Counts (or, with `all` false, finds one of) the matches of `n` in `h`.
  private static func scan(
    _ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, all: Bool
  ) -> Int {
    var found = 0
    var from = 0
    while let i = firstMatch(n, in: h, from: from) {
      found += 1
      if !all { break }
      from = i + n.count
    }
    return found
  }

  /// The byte offset of the first whole-character match of `n` in `h` at or after `from`.
  private static func firstMatch(
    _ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, from: Int = 0
  ) -> Int? {
    let m = n.count
    guard m <= h.count else { return nil }
    let first = n[0]
    var i = from
    let last = h.count - m
    while i <= last {
      if h[i] == first {
        var k = 1
        while k < m, h[i + k] == n[k] { k += 1 }
        if k == m, isWholeCharacters(h, i, i + m) { return i }
      }
      i += 1
    }
    return nil
  }

  /// True when `start` and `end` are grapheme boundaries of `h` (the bytes
  /// between them being ASCII).
  private static func isWholeCharacters(_ h: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    let before = start > 0 && h[start - 1] >= 0x80
    let after = end < h.count && h[end] >= 0x80
    guard before || after else { return true }
    // A window from the scalar before the match to the scalar after it.
    var lo = start
    if before {
      lo -= 1
      while lo > 0, h[lo] & 0xC0 == 0x80 { lo -= 1 }
    }
    var hi = end
    if after {
      hi += 1
      while hi < h.count, h[hi] & 0xC0 == 0x80 { hi += 1 }
    }
    let window = String(decoding: UnsafeBufferPointer(rebasing: h[lo..<hi]), as: UTF8.self)
    var offset = lo
    var boundaries: Set<Int> = [lo]
    for ch in window {
      offset += ch.utf8.count
      boundaries.insert(offset)
    }
    return boundaries.contains(start) && boundaries.contains(end)
  }
}
