/// The bytes being written, flushed to a sink in chunks when there is one.
struct PrettyJSONWriter: ~Copyable {
  var out = ByteBuffer(capacity: 1 << 16 + 1 << 12)
  let sink: (([UInt8]) -> Void)?
  var scrub: ((String) -> String)?

  init(sink: (([UInt8]) -> Void)?, scrub: ((String) -> String)? = nil) {
    self.sink = sink
    self.scrub = scrub
  }

  /// Hands the bytes so far to the sink once there are enough of them.
  mutating func flushIfFull() {
    if out.count >= 1 << 16 { flush() }
  }

  /// Hands the bytes so far to the sink.
  mutating func flush() {
    guard let sink, out.count > 0 else { return }
    sink(Array(out.bytes))
    out.removeAll()
  }

  mutating func open(_ bracket: UInt8) {
    out.reserve(2)
    out.appendReserved(bracket)
    out.appendReserved(0x0A)
  }

  /// The `,` and newline between elements, then the element's indentation.
  @inline(__always)
  mutating func separate(first: Bool, indent: Int) {
    out.reserve(2 + 2 * indent)
    if !first {
      out.appendReserved(UInt8(ascii: ","))
      out.appendReserved(0x0A)
    }
    out.appendReserved(repeating: 0x20, count: 2 * indent)
  }

  mutating func close(_ bracket: UInt8, indent: Int) {
    out.reserve(2 + 2 * indent)
    out.appendReserved(0x0A)
    out.appendReserved(repeating: 0x20, count: 2 * indent)
    out.appendReserved(bracket)
  }

  /// The decimal digits of `n`.
  mutating func writeInt(_ n: Int) {
    out.reserve(21)
    if n >= 0, n < 10 {
      out.appendReserved(UInt8(truncatingIfNeeded: n) + 0x30)
      return
    }
    if n < 0 { out.appendReserved(UInt8(ascii: "-")) }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
    var count = 0
    var v = n.magnitude
    withUnsafeMutableBytes(of: &digits) { buf in
      repeat {
        buf[count] = UInt8(truncatingIfNeeded: v % 10) + 0x30
        v /= 10
        count += 1
      } while v > 0
      for i in stride(from: count - 1, through: 0, by: -1) { out.appendReserved(buf[i]) }
    }
  }

  /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`,
  /// ... or `\u00XX`; everything else (`/` and non-ASCII included) verbatim.
  mutating func writeString(_ s: String) {
    out.append(UInt8(ascii: "\""))
    let start = out.count
    let suspect = appendEscaped(s)
    // Scrub the escaped content, as a scrub of the whole text would see it
    // (neither pattern can reach across a quote); most content cannot change.
    if suspect, let scrub, Redactor.mayNeedScrubbing(out.bytes(from: start)) {
      let escaped = String(decoding: out.bytes(from: start), as: UTF8.self)
      out.removeLast(from: start)
      out.append(scrub(escaped))
    }
    out.append(UInt8(ascii: "\""))
  }

  static let bearer = Array("bearer ".utf8)

  /// True when `p[start...]` begins with "bearer " (compared as
  /// ``hasBearer(_:)`` compares).
  @inline(__always)
  private static func startsWithBearer(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    guard start + 7 <= p.count else { return false }
    return p[start + 1] | 0x20 == UInt8(ascii: "e") && p[start + 2] | 0x20 == UInt8(ascii: "a")
      && p[start + 3] | 0x20 == UInt8(ascii: "r") && p[start + 4] | 0x20 == UInt8(ascii: "e")
      && p[start + 5] | 0x20 == UInt8(ascii: "r") && p[start + 6] == 0x20
  }

  /// True when `bytes` hold "bearer " in any ASCII case.
  static func hasBearer<C: RandomAccessCollection<UInt8>>(_ bytes: C) -> Bool
  where C.Index == Int {
    var i = bytes.startIndex
    while i + bearer.count <= bytes.endIndex {
      if bearerStarts(at: i, in: bytes) { return true }
      i += 1
    }
    return false
  }

  /// True when "bearer " (letters in any ASCII case) starts at `i`.
  @inline(__always)
  static func bearerStarts<C: RandomAccessCollection<UInt8>>(at i: Int, in bytes: C) -> Bool
  where C.Index == Int {
    let word = bearer
    guard i + word.count <= bytes.endIndex, bytes[i] | 0x20 == word[0] else { return false }
    var k = 1
    while k < word.count, (k == 6 ? bytes[i + k] : bytes[i + k] | 0x20) == word[k] { k += 1 }
    return k == word.count
  }

  /// `s` with `"`, `\\` and control characters escaped; returns false when
  /// the escaped text can hold neither an `@` nor "bearer " in any ASCII case
  /// (so ``Redactor/mayNeedScrubbing(_:)`` need not look at it).
  @discardableResult
  mutating func appendEscaped(_ s: String, slashes: Bool = false) -> Bool {
    var s = s
    return s.withUTF8 { p in
      var suspect = false
      var mark = 0
      var i = 0
      let n = p.count
      while i < n {
        if i + 8 <= n {
          // Skip eight bytes at a time while none needs a look.
          let w = ByteScan.word(p, i)
          var m =
            ByteScan.less(w, 0x20) | ByteScan.matches(w, UInt8(ascii: "\""))
            | ByteScan.matches(w, UInt8(ascii: "\\")) | ByteScan.matches(w, UInt8(ascii: "@"))
            | ByteScan.matches(w | ByteScan.ones &* 0x20, UInt8(ascii: "b"))
          if slashes { m |= ByteScan.matches(w, UInt8(ascii: "/")) }
          if m == 0 {
            i += 8
            continue
          }
          i += m.trailingZeroBitCount / 8
        }
        let b = p[i]
        if b == UInt8(ascii: "@") || (b | 0x20 == UInt8(ascii: "b") && Self.startsWithBearer(p, i))
        {
          suspect = true
        }
        if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
          || (slashes && b == UInt8(ascii: "/"))
        {
          // An escape's letters (`\b`, `\u001b`) could complete a word.
          suspect = true
          out.append(UnsafeBufferPointer(rebasing: p[mark..<i]))
          mark = i + 1
          out.reserve(6)
          out.appendReserved(UInt8(ascii: "\\"))
          switch b {
          case 0x08: out.appendReserved(UInt8(ascii: "b"))
          case 0x0C: out.appendReserved(UInt8(ascii: "f"))
          case 0x0A: out.appendReserved(UInt8(ascii: "n"))
          case 0x0D: out.appendReserved(UInt8(ascii: "r"))
          case 0x09: out.appendReserved(UInt8(ascii: "t"))
          case 0x00...0x1F:
            let hex: (UInt8) -> UInt8 = { $0 < 10 ? $0 + 0x30 : $0 - 10 + 0x61 }
            out.appendReserved(UInt8(ascii: "u"))
            out.appendReserved(0x30)
            out.appendReserved(0x30)
            out.appendReserved(hex(b >> 4))
            out.appendReserved(hex(b & 0x0F))
          default: out.appendReserved(b)
          }
        }
        i += 1
      }
      out.append(UnsafeBufferPointer(rebasing: p[mark...]))
      return suspect
    }
  }
}
