/// The bytes being written, flushed to a sink in chunks when there is one.
struct PrettyJSONWriter {
  var out: [UInt8] = []
  let sink: (([UInt8]) -> Void)?
  var scrub: ((String) -> String)?

  init(sink: (([UInt8]) -> Void)?, scrub: ((String) -> String)? = nil) {
    self.sink = sink
    self.scrub = scrub
    out.reserveCapacity(1 << 16)
  }

  /// Hands the bytes so far to the sink once there are enough of them.
  mutating func flushIfFull() {
    if out.count >= 1 << 16 { flush() }
  }

  /// Hands the bytes so far to the sink.
  mutating func flush() {
    guard let sink, !out.isEmpty else { return }
    sink(out)
    out.removeAll(keepingCapacity: true)
  }

  mutating func open(_ bracket: UInt8) {
    out.append(bracket)
    out.append(0x0A)
  }

  /// The `,` and newline between elements, then the element's indentation.
  mutating func separate(first: Bool, indent: Int) {
    if !first { out.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
    out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
  }

  mutating func close(_ bracket: UInt8, indent: Int) {
    out.append(0x0A)
    out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    out.append(bracket)
  }

  /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`,
  /// ... or `\u00XX`; everything else (`/` and non-ASCII included) verbatim.
  mutating func writeString(_ s: String) {
    out.append(UInt8(ascii: "\""))
    let start = out.count
    appendEscaped(s)
    // Scrub the escaped content, as a scrub of the whole text would see it
    // (neither pattern can reach across a quote); most content cannot change.
    if let scrub, Redactor.mayNeedScrubbing(out[start...]) {
      let escaped = String(decoding: out[start...], as: UTF8.self)
      out.removeSubrange(start...)
      out.append(contentsOf: scrub(escaped).utf8)
    }
    out.append(UInt8(ascii: "\""))
  }

  static let bearer = Array("bearer ".utf8)

  /// True when `bytes` hold "bearer " in any ASCII case.
  static func hasBearer(_ bytes: ArraySlice<UInt8>) -> Bool {
    let word = bearer
    var i = bytes.startIndex
    while i + word.count <= bytes.endIndex {
      if bytes[i] | 0x20 == UInt8(ascii: "b") {
        var k = 1
        while k < word.count, (k == 6 ? bytes[i + k] : bytes[i + k] | 0x20) == word[k] { k += 1 }
        if k == word.count { return true }
      }
      i += 1
    }
    return false
  }

  /// `s` with `"`, `\\` and control characters escaped.
  mutating func appendEscaped(_ s: String, slashes: Bool = false) {
    var s = s
    s.withUTF8 { p in
      var mark = 0
      for (i, b) in p.enumerated()
      where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
        || (slashes && b == UInt8(ascii: "/"))
      {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[mark..<i]))
        mark = i + 1
        out.append(UInt8(ascii: "\\"))
        switch b {
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x00...0x1F:
          let hex: (UInt8) -> UInt8 = { $0 < 10 ? $0 + 0x30 : $0 - 10 + 0x61 }
          out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex(b >> 4), hex(b & 0x0F)])
        default: out.append(b)
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: p[mark...]))
    }
  }
}
