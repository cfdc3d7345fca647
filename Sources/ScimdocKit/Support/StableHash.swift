/// A small stable 64-bit FNV-1a hash, for fingerprints (not for security).
public enum StableHash {
  /// 16 lowercase hex digits.
  public static func hex(_ text: String) -> String {
    hex(joinedBy: nil, [text])
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// `hex(parts.joined(separator: separator))`, without building the joined text.
  static func hex(joinedBy separator: UInt8?, _ parts: [String]) -> String {
    let hash = hash(joinedBy: separator, parts)
    return String(unsafeUninitializedCapacity: 16) { out in
      let digits = hexDigits
      for i in 0..<16 { out[i] = digits[Int((hash >> UInt64(60 - 4 * i)) & 0xF)] }
      return 16
    }
  }

  /// The hash whose 16 hex digits ``hex(joinedBy:_:)`` returns.
  static func hash(joinedBy separator: UInt8?, _ parts: [String]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (i, part) in parts.enumerated() {
      if i > 0, let separator {
        hash ^= UInt64(separator)
        hash = hash &* 0x0000_0100_0000_01B3
      }
      var part = part
      part.withUTF8 { p in
        for byte in p {
          hash ^= UInt64(byte)
          hash = hash &* 0x0000_0100_0000_01B3
        }
      }
    }
    return hash
  }

  /// Appends the 16 lowercase hex digits of `hash` to `out`.
  static func appendHex(_ hash: UInt64, to out: inout ByteBuffer) {
    out.reserve(16)
    for i in 0..<16 {
      let d = UInt8(truncatingIfNeeded: (hash >> UInt64(60 - 4 * i)) & 0xF)
      out.appendReserved(d < 10 ? d + 0x30 : d - 10 + 0x61)
    }
  }
}
