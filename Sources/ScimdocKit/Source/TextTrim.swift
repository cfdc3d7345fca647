import Foundation

/// Trimming and folding without Foundation's round trip through `NSString`,
/// with the same results as `trimmingCharacters(in:)` and
/// ``ProviderProfile/fold(_:)``.
extension TextSearch {
  /// `s.trimmingCharacters(in: .whitespaces)`, or `.whitespacesAndNewlines`
  /// when `newlines` is true.
  static func trimmed(_ s: String, newlines: Bool = false) -> String {
    let scalars = s.unicodeScalars
    var lo = scalars.startIndex
    var hi = scalars.endIndex
    while lo < hi, isSpace(scalars[lo], newlines: newlines) { lo = scalars.index(after: lo) }
    while hi > lo, isSpace(scalars[scalars.index(before: hi)], newlines: newlines) {
      hi = scalars.index(before: hi)
    }
    if lo == scalars.startIndex, hi == scalars.endIndex { return s }
    return String(scalars[lo..<hi])
  }

  /// Membership in `CharacterSet.whitespaces` (or `.whitespacesAndNewlines`).
  private static func isSpace(_ u: Unicode.Scalar, newlines: Bool) -> Bool {
    switch u.value {
    case 0x20, 0x09: return true
    case 0x0A...0x0D: return newlines
    case 0..<0x80: return false
    default:
      return newlines
        ? CharacterSet.whitespacesAndNewlines.contains(u) : CharacterSet.whitespaces.contains(u)
    }
  }

  /// `s.lowercased()`: ASCII bytes are lowered in place and only the runs of
  /// other scalars go through the Unicode tables (the standard library maps
  /// each scalar on its own, so the result is the same).
  static func lowercased(_ s: String) -> String {
    var s = s
    return s.withUTF8 { p -> String in
      guard p.contains(where: { $0 >= 0x80 }) else {
        return String(decoding: p, as: UTF8.self).lowercased()
      }
      var out: [UInt8] = []
      out.reserveCapacity(p.count)
      var i = 0
      while i < p.count {
        let b = p[i]
        if b < 0x80 {
          out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
          i += 1
          continue
        }
        var j = i + 1
        while j < p.count, p[j] >= 0x80 { j += 1 }
        out.append(
          contentsOf: String(decoding: UnsafeBufferPointer(rebasing: p[i..<j]), as: UTF8.self)
            .lowercased().utf8)
        i = j
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// ``ProviderProfile/fold(_:)`` for ASCII text: lowercased, whitespace runs
  /// collapsed to one space, then spaces, `.` and `:` trimmed from both ends;
  /// nil when `s` is not ASCII.
  static func asciiFold(_ s: String) -> String? {
    var s = s
    return s.withUTF8 { p -> String? in
      guard !p.contains(where: { $0 >= 0x80 }) else { return nil }
      // Written straight into the result (no storage at all for up to 15
      // bytes): most labels are folded to look them up, many times a page.
      return String(unsafeUninitializedCapacity: p.count) { out in
        var count = 0
        var pendingSpace = false
        for b in p {
          if b == 0x20 || (0x09...0x0D).contains(b) {
            pendingSpace = count > 0
            continue
          }
          if pendingSpace {
            out[count] = 0x20
            count += 1
          }
          pendingSpace = false
          out[count] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
          count += 1
        }
        let edge: (UInt8) -> Bool = {
          $0 == 0x20 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":")
        }
        var lo = 0
        var hi = count
        while lo < hi, edge(out[lo]) { lo += 1 }
        while hi > lo, edge(out[hi - 1]) { hi -= 1 }
        if lo > 0 {
          for i in lo..<hi { out[i - lo] = out[i] }
        }
        return hi - lo
      }
    }
  }
}
