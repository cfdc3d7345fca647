/// Strings, numbers and literals.
extension JSONParser {
  /// Reads the scalar starting at `i` into entry `index`.
  mutating func readScalar(
    _ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ index: Int
  ) throws(InputError) {
    switch p[i] {
    case UInt8(ascii: "\""):
      let text = try readString(p, &i)
      strings.append(text)
      entries[index].kind = .string
      entries[index].payload = strings.count - 1
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      entries[index].kind = .number
      entries[index].number = try readNumber(p, &i)
    case UInt8(ascii: "t"):
      try expectWord("true", p, &i)
      entries[index].kind = .bool
      entries[index].payload = 1
    case UInt8(ascii: "f"):
      try expectWord("false", p, &i)
      entries[index].kind = .bool
    case UInt8(ascii: "n"):
      try expectWord("null", p, &i)
    case UInt8(ascii: "N"), UInt8(ascii: "I"):
      throw fail(i, "NaN and Infinity are not JSON numbers")
    default:
      throw fail(i, "expected a value but found \(describe(p, i))")
    }
    entries[index].end = i
  }

  func expectWord(_ word: StaticString, _ p: UnsafeBufferPointer<UInt8>, _ i: inout Int)
    throws(InputError)
  {
    let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard i + w.count <= p.count, zip(w, p[i..<(i + w.count)]).allSatisfy({ $0 == $1 }) else {
      throw fail(i, "expected a value but found \(describe(p, i))")
    }
    i += w.count
  }

  /// Reads a number per RFC 8259's grammar and returns its Double value.
  func readNumber(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws(InputError) -> Double {
    let n = p.count
    let start = i
    var j = i
    func isDigit(_ k: Int) -> Bool { k < n && p[k] >= 0x30 && p[k] <= 0x39 }
    if p[j] == UInt8(ascii: "-") {
      j += 1
      if j < n, p[j] == UInt8(ascii: "I") {
        throw fail(start, "NaN and Infinity are not JSON numbers")
      }
    }
    guard isDigit(j) else {
      throw fail(j, "expected a digit in number but found \(describe(p, j))")
    }
    if p[j] == UInt8(ascii: "0") {
      j += 1
    } else {
      while isDigit(j) { j += 1 }
    }
    var isInteger = true
    if j < n, p[j] == UInt8(ascii: ".") {
      isInteger = false
      j += 1
      guard isDigit(j) else {
        throw fail(j, "expected a digit after '.' but found \(describe(p, j))")
      }
      while isDigit(j) { j += 1 }
    }
    if j < n, p[j] == UInt8(ascii: "e") || p[j] == UInt8(ascii: "E") {
      isInteger = false
      j += 1
      if j < n, p[j] == UInt8(ascii: "+") || p[j] == UInt8(ascii: "-") { j += 1 }
      guard isDigit(j) else {
        throw fail(j, "expected a digit in exponent but found \(describe(p, j))")
      }
      while isDigit(j) { j += 1 }
    }
    i = j
    let negative = p[start] == UInt8(ascii: "-")
    let digitsStart = negative ? start + 1 : start
    if isInteger, j - digitsStart <= 15 {
      var value = 0
      for k in digitsStart..<j { value = value * 10 + Int(p[k] - 0x30) }
      return Double(negative ? -value : value)
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<j]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      let shown = text.count > 40 ? String(text.prefix(40)) + "..." : text
      throw fail(start, "number \(shown) is out of range (overflows a 64-bit float)")
    }
    return value
  }

  /// Reads a quoted string starting at `i` (on the opening quote).
  func readString(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws(InputError) -> String {
    let n = p.count
    let open = i
    var j = i + 1
    while j < n {
      let c = p[j]
      if c == UInt8(ascii: "\"") {
        i = j + 1
        return String(decoding: UnsafeBufferPointer(rebasing: p[(open + 1)..<j]), as: UTF8.self)
      }
      if c == UInt8(ascii: "\\") { break }
      if c < 0x20 { throw fail(j, "unescaped \(describe(p, j)) in string") }
      j += 1
    }
    if j >= n { throw fail(open, "unterminated string") }
    var buffer = Array(p[(open + 1)..<j])
    while j < n {
      let c = p[j]
      if c == UInt8(ascii: "\"") {
        i = j + 1
        return String(decoding: buffer, as: UTF8.self)
      }
      if c < 0x20 { throw fail(j, "unescaped \(describe(p, j)) in string") }
      if c != UInt8(ascii: "\\") {
        buffer.append(c)
        j += 1
        continue
      }
      guard j + 1 < n else { break }
      let e = p[j + 1]
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(e)
      case UInt8(ascii: "b"): buffer.append(0x08)
      case UInt8(ascii: "f"): buffer.append(0x0C)
      case UInt8(ascii: "n"): buffer.append(0x0A)
      case UInt8(ascii: "r"): buffer.append(0x0D)
      case UInt8(ascii: "t"): buffer.append(0x09)
      case UInt8(ascii: "u"):
        let scalar = try readUnicodeEscape(p, &j)
        buffer.append(contentsOf: String(Character(scalar)).utf8)
        continue
      default:
        throw fail(j, "invalid escape '\\\(describe(p, j + 1))' in string")
      }
      j += 2
    }
    throw fail(open, "unterminated string")
  }

  /// Reads `\uXXXX` (and a following low surrogate) at `j`; lone surrogates
  /// become U+FFFD.
  func readUnicodeEscape(_ p: UnsafeBufferPointer<UInt8>, _ j: inout Int) throws(InputError)
    -> Unicode.Scalar
  {
    let first = try hex4(p, j)
    j += 6
    if first >= 0xD800 && first <= 0xDBFF, j + 1 < p.count, p[j] == UInt8(ascii: "\\"),
      p[j + 1] == UInt8(ascii: "u")
    {
      let second = try hex4(p, j)
      if second >= 0xDC00 && second <= 0xDFFF {
        j += 6
        let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
      }
    }
    return Unicode.Scalar(first) ?? "\u{FFFD}"
  }

  /// The four hex digits after `\u` at `j`.
  func hex4(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) throws(InputError) -> UInt32 {
    var value: UInt32 = 0
    for k in (j + 2)..<(j + 6) {
      guard k < p.count else { throw fail(j, "unterminated \\u escape in string") }
      let c = p[k]
      let digit: UInt32
      switch c {
      case 0x30...0x39: digit = UInt32(c - 0x30)
      case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
      case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
      default: throw fail(j, "invalid \\u escape: expected four hex digits")
      }
      value = value * 16 + digit
    }
    return value
  }
}
