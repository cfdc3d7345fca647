/// A growable byte buffer written through a raw pointer: one capacity check
/// per write rather than a uniqueness and capacity check per byte.
struct ByteBuffer: ~Copyable {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written so far (valid until the next write).
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

  /// The bytes from `start` on (valid until the next write).
  func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + start, count: count - start)
  }

  /// Makes room for `n` more bytes, so that many ``appendReserved(_:)``
  /// calls need no check.
  @inline(__always)
  mutating func reserve(_ n: Int) {
    if capacity - count < n { grow(to: count + n) }
  }

  @inline(never)
  private mutating func grow(to minimum: Int) {
    let newCapacity = max(minimum, 2 * capacity)
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    p.initialize(from: base, count: count)
    base.deallocate()
    base = p
    capacity = newCapacity
  }

  /// Appends `b` where ``reserve(_:)`` made room for it.
  @inline(__always)
  mutating func appendReserved(_ b: UInt8) {
    base[count] = b
    count += 1
  }

  @inline(__always)
  mutating func append(_ b: UInt8) {
    reserve(1)
    appendReserved(b)
  }

  /// Lets `write` put up to `n` bytes at the end, returning how many it put.
  @inline(__always)
  mutating func appendReserved(upTo n: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
    reserve(n)
    count += write(base + count)
  }

  /// Appends `n` copies of `b` where ``reserve(_:)`` made room for them.
  @inline(__always)
  mutating func appendReserved(repeating b: UInt8, count n: Int) {
    (base + count).initialize(repeating: b, count: n)
    count += n
  }

  mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
    guard let source = p.baseAddress, !p.isEmpty else { return }
    reserve(p.count)
    (base + count).initialize(from: source, count: p.count)
    count += p.count
  }

  mutating func append(_ s: StaticString) {
    s.withUTF8Buffer { append($0) }
  }

  mutating func append(_ s: String) {
    var s = s
    s.withUTF8 { append($0) }
  }

  /// Drops the bytes from `n` on.
  mutating func removeLast(from n: Int) { count = n }

  mutating func removeAll() { count = 0 }
}
