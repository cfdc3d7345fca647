/// Entity decoding and backslash escapes (cmark's houdini and `strbuf_unescape`).
enum Escapes {
  /// ASCII punctuation, as cmark's `cmark_ispunct`.
  @inline(__always) static func isPunct(_ c: UInt8) -> Bool {
    (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
      || (c >= 0x7B && c <= 0x7E)
  }

  /// Decodes the entity starting after `&` at `i`: (text, length consumed) or nil.
  static func entity(_ s: [UInt8], _ i: Int, _ end: Int) -> ([UInt8], Int)? {
    let size = end - i
    if size >= 3, s[i] == UInt8(ascii: "#") {
      var k = i + 1
      var cp = 0
      var digits = 0
      if HTMLScanner.isDigit(s[k]) {
        while k < end, HTMLScanner.isDigit(s[k]) {
          cp = min(cp * 10 + Int(s[k] - 0x30), 0x110000)
          k += 1
        }
        digits = k - i - 1
      } else if s[k] == UInt8(ascii: "x") || s[k] == UInt8(ascii: "X") {
        k += 1
        while k < end, let v = hexValue(s[k]) {
          cp = min(cp * 16 + v, 0x110000)
          k += 1
        }
        digits = k - i - 2
      }
      guard digits >= 1, digits <= 8, k < end, s[k] == UInt8(ascii: ";") else { return nil }
      if cp == 0 || (cp >= 0xD800 && cp < 0xE000) || cp >= 0x110000 { cp = 0xFFFD }
      let scalar = Unicode.Scalar(UInt32(cp)) ?? "\u{FFFD}"
      return (Array(String(Character(scalar)).utf8), k + 1 - i)
    }
    let limit = min(end, i + 32)
    var k = i + 2
    while k < limit {
      if s[k] == 0x20 { return nil }
      if s[k] == UInt8(ascii: ";") {
        guard let text = EntityTable.lookup(s[i..<k]) else { return nil }
        return (text, k + 1 - i)
      }
      k += 1
    }
    return nil
  }

  /// The value of a hexadecimal digit.
  static func hexValue(_ c: UInt8) -> Int? {
    switch c {
    case 0x30...0x39: Int(c - 0x30)
    case 0x41...0x46: Int(c - 0x41 + 10)
    case 0x61...0x66: Int(c - 0x61 + 10)
    default: nil
    }
  }

  /// Replaces every entity reference in `s`.
  static func decodeEntities(_ s: [UInt8]) -> [UInt8] {
    guard s.contains(UInt8(ascii: "&")) else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
      if s[i] == UInt8(ascii: "&"), let (text, n) = entity(s, i + 1, s.count) {
        out.append(contentsOf: text)
        i += 1 + n
      } else {
        out.append(s[i])
        i += 1
      }
    }
    return out
  }

  /// Removes backslashes before ASCII punctuation.
  static func unescape(_ s: [UInt8]) -> [UInt8] {
    guard s.contains(0x5C) else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
      if s[i] == 0x5C, i + 1 < s.count, isPunct(s[i + 1]) { i += 1 }
      out.append(s[i])
      i += 1
    }
    return out
  }
}
