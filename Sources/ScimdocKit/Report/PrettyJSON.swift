/// A small JSON value written byte for byte as ``StableJSON`` writes it
/// (Foundation's `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`), without the `Encoder` machinery: for large
/// reports, where that machinery dominated the run.
indirect enum PrettyJSON {
  case string(String)
  case int(Int)
  case bool(Bool)
  case array([PrettyJSON])
  /// Keys in any order: they are sorted by their UTF-8 bytes when written.
  case object([(String, PrettyJSON)])

  /// An object from key-value pairs, leaving out nil values (as synthesized
  /// `Encodable` conformances do).
  static func object(_ pairs: (String, PrettyJSON?)...) -> PrettyJSON {
    .object(pairs.compactMap { key, value in value.map { (key, $0) } })
  }

  /// The JSON text.
  var text: String {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    write(to: &out, indent: 0)
    return String(decoding: out, as: UTF8.self)
  }

  private func write(to out: inout [UInt8], indent: Int) {
    switch self {
    case .string(let s): Self.writeString(s, to: &out)
    case .int(let n): out.append(contentsOf: String(n).utf8)
    case .bool(let b):
      out.append(contentsOf: b ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
    case .array(let items):
      out.append(UInt8(ascii: "["))
      out.append(0x0A)
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        Self.writeIndent(indent + 1, to: &out)
        item.write(to: &out, indent: indent + 1)
      }
      out.append(0x0A)
      Self.writeIndent(indent, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let pairs):
      out.append(UInt8(ascii: "{"))
      out.append(0x0A)
      let sorted = pairs.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
      for (i, (key, value)) in sorted.enumerated() {
        if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        Self.writeIndent(indent + 1, to: &out)
        Self.writeString(key, to: &out)
        out.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        value.write(to: &out, indent: indent + 1)
      }
      out.append(0x0A)
      Self.writeIndent(indent, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeIndent(_ level: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(0x20, count: 2 * level))
  }

  /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`,
  /// ... or `\u00XX`; everything else (`/` and non-ASCII included) verbatim.
  private static func writeString(_ s: String, to out: inout [UInt8]) {
    var s = s
    out.append(UInt8(ascii: "\""))
    s.withUTF8 { p in
      var mark = 0
      for (i, b) in p.enumerated()
      where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
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
    out.append(UInt8(ascii: "\""))
  }
}
