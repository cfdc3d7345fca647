/// Scanners for link labels, destinations and titles (cmark's inlines.c).
enum LinkScan {
  static let maxLabelLength = 1000

  /// `[label]` at `i`: the raw label (trimmed) range and the position after `]`.
  static func label(_ s: [UInt8], _ i: Int, _ end: Int) -> (Range<Int>, Int)? {
    guard i < end, s[i] == UInt8(ascii: "[") else { return nil }
    var k = i + 1
    var length = 0
    while k < end {
      let c = s[k]
      if c == UInt8(ascii: "[") || c == UInt8(ascii: "]") { break }
      if c == 0x5C {
        k += 1
        length += 1
        if k < end, Escapes.isPunct(s[k]) {
          k += 1
          length += 1
        }
      } else {
        k += 1
        length += 1
      }
      if length > maxLabelLength { return nil }
    }
    guard k < end, s[k] == UInt8(ascii: "]") else { return nil }
    var a = i + 1
    var b = k
    while a < b, isSpaceByte(s[a]) { a += 1 }
    while b > a, isSpaceByte(s[b - 1]) { b -= 1 }
    return (a..<b, k + 1)
  }

  /// Whitespace (including line ends) at `i`: its length.
  static func spaceChars(_ s: [UInt8], _ i: Int, _ end: Int) -> Int {
    var k = i
    while k < end, isSpaceByte(s[k]) { k += 1 }
    return k - i
  }

  /// A link destination at `i`: (raw destination range, length) or nil.
  static func destination(_ s: [UInt8], _ i: Int, _ end: Int) -> (Range<Int>, Int)? {
    var k = i
    if k < end, s[k] == UInt8(ascii: "<") {
      k += 1
      while k < end {
        let c = s[k]
        if c == UInt8(ascii: ">") {
          k += 1
          break
        } else if c == 0x5C {
          k += 2
        } else if c == 0x0A || c == UInt8(ascii: "<") {
          return nil
        } else {
          k += 1
        }
      }
      guard k < end else { return nil }
      return ((i + 1)..<(k - 1), k - i)
    }
    var depth = 0
    while k < end {
      let c = s[k]
      if c == 0x5C, k + 1 < end, Escapes.isPunct(s[k + 1]) {
        k += 2
      } else if c == UInt8(ascii: "(") {
        depth += 1
        k += 1
        if depth > 32 { return nil }
      } else if c == UInt8(ascii: ")") {
        if depth == 0 { break }
        depth -= 1
        k += 1
      } else if isSpaceByte(c) {
        if k == i { return nil }
        break
      } else {
        k = s.withUnsafeBufferPointer { nextDestinationStop($0, k + 1, end) }
      }
    }
    guard k < end else { return nil }
    return (i..<k, k - i)
  }

  /// The first byte in `p[i..<end]` that ``destination(_:_:_:)`` looks at
  /// (a backslash, a parenthesis, a space or control byte), or `end`: eight
  /// bytes at a time, as URLs are long runs of other bytes.
  static func nextDestinationStop(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
    var k = i
    while k + 8 <= end {
      let w = ByteScan.word(p, k)
      let m =
        ByteScan.less(w, 0x21) | ByteScan.matches(w, UInt8(ascii: "("))
        | ByteScan.matches(w, UInt8(ascii: ")")) | ByteScan.matches(w, 0x5C)
      if m != 0 { return k + m.trailingZeroBitCount / 8 }
      k += 8
    }
    while k < end {
      let c = p[k]
      if c <= 0x20 || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == 0x5C { return k }
      k += 1
    }
    return end
  }

  /// A link title at `i` (quoted or parenthesised): its length, or 0.
  static func title(_ s: [UInt8], _ i: Int, _ end: Int) -> Int {
    guard i < end else { return 0 }
    let open = s[i]
    let close: UInt8
    switch open {
    case 0x22: close = 0x22
    case 0x27: close = 0x27
    case UInt8(ascii: "("): close = UInt8(ascii: ")")
    default: return 0
    }
    var k = i + 1
    while k < end {
      let c = s[k]
      if c == 0x5C, k + 1 < end {
        k += 2
        continue
      }
      if c == close { return k + 1 - i }
      if open == UInt8(ascii: "(") && c == UInt8(ascii: "(") { return 0 }
      if c == 0 { return 0 }
      k += 1
    }
    return 0
  }

  /// cmark's `cmark_clean_url`.
  static func cleanURL(_ s: ArraySlice<UInt8>) -> [UInt8] {
    let t = trimmed(s)
    if t.isEmpty { return [] }
    return Escapes.unescape(Escapes.decodeEntities(t))
  }

  /// cmark's `cmark_clean_title`.
  static func cleanTitle(_ s: ArraySlice<UInt8>) -> [UInt8] {
    guard let first = s.first, let last = s.last else { return [] }
    var body = s
    if s.count >= 2,
      (first == 0x27 && last == 0x27) || (first == 0x28 && last == 0x29)
        || (first == 0x22 && last == 0x22)
    {
      body = s[(s.startIndex + 1)..<(s.endIndex - 1)]
    }
    return Escapes.unescape(Escapes.decodeEntities(Array(body)))
  }
}
