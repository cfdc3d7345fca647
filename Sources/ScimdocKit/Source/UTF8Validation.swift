/// Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, max U+10FFFF).
enum UTF8Validation {
  /// The offset of the first byte that does not start a valid sequence, or nil.
  static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) }
  }

  static func firstInvalidByte(in p: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = p.count
    var i = 0
    while i < n {
      if i + 8 <= n, ByteScan.word(p, i) & ByteScan.highBits == 0 {
        i += 8
        continue
      }
      let b = p[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let need: Int
      var lo: UInt8 = 0x80
      var hi: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: need = 1
      case 0xE0:
        need = 2
        lo = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: need = 2
      case 0xED:
        need = 2
        hi = 0x9F
      case 0xF0:
        need = 3
        lo = 0x90
      case 0xF1...0xF3: need = 3
      case 0xF4:
        need = 3
        hi = 0x8F
      default: return i
      }
      if i + need >= n { return i }
      let c1 = p[i + 1]
      if c1 < lo || c1 > hi { return i }
      var k = 2
      while k <= need {
        if p[i + k] & 0xC0 != 0x80 { return i }
        k += 1
      }
      i += need + 1
    }
    return nil
  }
}
