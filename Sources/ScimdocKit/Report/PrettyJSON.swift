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
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
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
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), b])
      case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x00...0x1F:
        out.append(contentsOf: Array("\\u00".utf8))
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0x0F)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
