/// Word-at-a-time scans over UTF-8 bytes: eight bytes per step where they are
/// all ASCII and hold nothing the caller looks for.
enum ByteScan {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Eight bytes from `p[i]` (little-endian: byte `i` is the lowest).
  @inline(__always)
  static func word(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawBufferPointer(p).loadUnaligned(fromByteOffset: i, as: UInt64.self))
  }

  /// A mask whose lowest set bit is the high bit of the first byte of `w`
  /// equal to `byte` (higher bits may be spurious); zero when none is.
  @inline(__always)
  static func matches(_ w: UInt64, _ byte: UInt8) -> UInt64 {
    let x = w ^ (ones &* UInt64(byte))
    return (x &- ones) & ~x & highBits
  }

  /// A mask whose lowest set bit is the high bit of the first byte of `w`
  /// below `limit` (at most 0x80); zero when none is.
  @inline(__always)
  static func less(_ w: UInt64, _ limit: UInt8) -> UInt64 {
    (w &- ones &* UInt64(limit)) & ~w & highBits
  }

  /// The offset of the first zero byte in `p`, or nil.
  static func firstZero(in p: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = p.count
    var i = 0
    while i + 8 <= n {
      let m = matches(word(p, i), 0)
      if m != 0 { return i + m.trailingZeroBitCount / 8 }
      i += 8
    }
    while i < n {
      if p[i] == 0 { return i }
      i += 1
    }
    return nil
  }

  /// Byte offset of the first byte of each line: lines end at `\n`, `\r\n`
  /// or a lone `\r`.
  static func lineStarts(_ p: UnsafeBufferPointer<UInt8>) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(p.count / 40 + 1)
    let n = p.count
    var i = 0
    while i < n {
      if i + 8 <= n {
        let w = word(p, i)
        let m = matches(w, 0x0A) | matches(w, 0x0D)
        if m == 0 {
          i += 8
          continue
        }
        // The lowest set bit is exact: the first terminator in the word.
        i += m.trailingZeroBitCount / 8
      }
      let b = p[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < n, p[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    return starts
  }

  /// Scalars (bytes that are not UTF-8 continuation bytes) before each
  /// `block`-byte boundary, starting with 0; and whether all bytes are ASCII.
  static func scalarCheckpoints(_ p: UnsafeBufferPointer<UInt8>, block: Int) -> ([Int], Bool) {
    precondition(block % 8 == 0 && block <= 8 * 255)
    let n = p.count
    var checkpoints = [0]
    checkpoints.reserveCapacity(n / block + 1)
    var high: UInt64 = 0
    var scalars = 0
    var start = 0
    while start + block <= n {
      // Per byte lane, 1 for each continuation byte (high bit set, next bit
      // clear), summed across the lanes once per block (no lane passes 255:
      // a block is at most 255 words).
      var lanes: UInt64 = 0
      var i = start
      while i < start + block {
        let w = word(p, i)
        high |= w
        lanes &+= (w & ~(w << 1) & highBits) >> 7
        i += 8
      }
      scalars += block - laneSum(lanes)
      checkpoints.append(scalars)
      start += block
    }
    for i in start..<n { high |= UInt64(p[i]) }
    return (checkpoints, high & highBits == 0)
  }

  /// The sum of the eight byte lanes of `lanes`.
  @inline(__always)
  static func laneSum(_ lanes: UInt64) -> Int {
    let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
    return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
  }

  /// Scalars (bytes that are not UTF-8 continuation bytes) in `p[from..<to]`.
  static func scalarCount(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var continuation = 0
    var i = from
    while i + 8 <= to {
      // Lanes as in ``scalarCheckpoints(_:block:)``, summed every 255 words.
      var lanes: UInt64 = 0
      let end = min(to, i + 8 * 255)
      while i + 8 <= end {
        let w = word(p, i)
        lanes &+= (w & ~(w << 1) & highBits) >> 7
        i += 8
      }
      continuation += laneSum(lanes)
    }
    while i < to {
      if p[i] & 0xC0 == 0x80 { continuation += 1 }
      i += 1
    }
    return to - from - continuation
  }
}
