/// Byte-level versions of a few `String` operations run often, for ASCII
/// text where bytes are characters; nil (or the caller's general path) for
/// any other text.
enum ASCIIText {
  /// `s` with each byte replaced by `transform`'s answer or dropped (nil),
  /// when `s` is ASCII; nil otherwise.
  @inline(__always)
  static func mapped(_ s: String, _ transform: (UInt8) -> UInt8?) -> String? {
    var s = s
    return s.withUTF8 { p -> String? in
      guard !p.contains(where: { $0 >= 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: p.count) { out in
        var n = 0
        for b in p {
          guard let mapped = transform(b) else { continue }
          out[n] = mapped
          n += 1
        }
        return n
      }
    }
  }

  /// `s.replacingOccurrences(of: needle, with: replacement)` when `s` is
  /// ASCII and `needle` is plain ASCII (``TextSearch/isPlain(_:)``): then
  /// every byte match is a whole-character match, replaced left to right
  /// without overlaps.
  static func replacing(_ needle: String, with replacement: String, in s: String) -> String? {
    guard TextSearch.isPlain(needle) else { return nil }
    let unchanged = s
    var s = s
    var needle = needle
    return s.withUTF8 { h -> String? in
      guard !h.contains(where: { $0 >= 0x80 }) else { return nil }
      return needle.withUTF8 { n -> String? in
        var out: [UInt8] = []
        var i = 0
        var last = 0
        while i + n.count <= h.count {
          if h[i] == n[0], UnsafeBufferPointer(rebasing: h[i..<(i + n.count)]).elementsEqual(n) {
            if out.isEmpty { out.reserveCapacity(h.count + replacement.utf8.count) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: h[last..<i]))
            out.append(contentsOf: replacement.utf8)
            i += n.count
            last = i
          } else {
            i += 1
          }
        }
        // No match (the usual case): the string itself, not a copy of its bytes.
        guard last > 0 else { return unchanged }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: h[last...]))
        return String(decoding: out, as: UTF8.self)
      }
    }
  }
}
