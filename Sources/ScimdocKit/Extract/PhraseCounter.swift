/// Counts profile detection phrases in a page body in one pass over its
/// bytes, answering as `TextSearch.count(phrase, in: TextSearch.lowercased(body))`.
///
/// A plain (ASCII) phrase can only match ASCII bytes, and lowering keeps
/// ASCII bytes where they are, so matches are found on the body's own bytes
/// with ASCII capitals lowered. The exact count is taken instead for a phrase
/// that is not plain or is shorter than two bytes, for a phrase with a match
/// beside a non-ASCII character (where grapheme boundaries decide), and for
/// every phrase when lowering a non-ASCII run yields ASCII (the Kelvin sign
/// gives `k`).
struct PhraseCounter: Sendable {
  let phrases: [String]
  private let needles: [[UInt8]]
  /// True for phrases always counted the exact way.
  private let slow: [Bool]
  /// Bit `k` is set when phrase `k` may start with two bytes of this slot.
  private let starts: [UInt32]

  init(_ phrases: [String]) {
    self.phrases = phrases
    needles = phrases.map { Array($0.utf8) }
    slow = phrases.indices.map { k in
      k >= 32 || !TextSearch.isPlain(phrases[k]) || phrases[k].utf8.count < 2
    }
    var starts = [UInt32](repeating: 0, count: 1024)
    for (k, n) in needles.enumerated() where !slow[k] {
      starts[Self.slot(n[0], n[1])] |= 1 << UInt32(k)
    }
    self.starts = starts
  }

  @inline(__always) private static func slot(_ a: UInt8, _ b: UInt8) -> Int {
    // Five bits of each byte: a capital and its lowercase share a slot.
    Int(a & 0x1F) << 5 | Int(b & 0x1F)
  }

  @inline(__always) private static func lower(_ b: UInt8) -> UInt8 {
    b >= 0x41 && b <= 0x5A ? b | 0x20 : b
  }

  /// Each phrase's count in the lowercased `body`.
  func counts(inLowercased body: String) -> [String: Int] {
    counts(inLowercased: Array(body.utf8)[...], text: { body })
  }

  /// Each phrase's count in the lowercased body whose UTF-8 is `bytes`;
  /// `text` makes the body as a string when an exact count needs it.
  func counts(inLowercased bytes: ArraySlice<UInt8>, text body: () -> String) -> [String: Int] {
    let (counts, exact) = bytes.withUnsafeBufferPointer { scan($0) }
    var lowered: String?
    var out: [String: Int] = [:]
    for (k, phrase) in phrases.enumerated() {
      if exact[k] {
        let text = lowered ?? TextSearch.lowercased(body())
        lowered = text
        out[phrase] = TextSearch.count(phrase, in: text)
      } else {
        out[phrase] = counts[k]
      }
    }
    return out
  }

  /// Match counts, and which phrases must be counted the exact way instead.
  private func scan(_ p: UnsafeBufferPointer<UInt8>) -> ([Int], [Bool]) {
    var exact = slow
    var counts = [Int](repeating: 0, count: phrases.count)
    // Per phrase: the first offset where its next match may start.
    var next = [Int](repeating: 0, count: phrases.count)
    var seen: UInt8 = p.last ?? 0  // the bytes or-ed: bit 7 tells of non-ASCII text
    starts.withUnsafeBufferPointer { starts in
      var i = 0
      let last = p.count - 1
      while i < last {
        let b = p[i]
        seen |= b
        var candidates = starts[Self.slot(b, p[i + 1])]
        i += 1
        guard candidates != 0 else { continue }
        let at = i - 1
        while candidates != 0 {
          let k = candidates.trailingZeroBitCount
          candidates &= candidates - 1
          let n = needles[k]
          guard !exact[k], at >= next[k], at + n.count <= p.count else { continue }
          var j = 0
          while j < n.count, Self.lower(p[at + j]) == n[j] { j += 1 }
          guard j == n.count else { continue }
          if (at > 0 && p[at - 1] >= 0x80) || (at + n.count < p.count && p[at + n.count] >= 0x80) {
            exact[k] = true
            continue
          }
          counts[k] += 1
          next[k] = at + n.count
        }
      }
    }
    if seen >= 0x80, Self.lowersToASCII(p) { return (counts, exact.map { _ in true }) }
    return (counts, exact)
  }

  /// True when `run` is only General Punctuation (U+2000–U+207F: quotes,
  /// dashes, ellipses) and emoji (U+1F000–U+1FFFF), which have no case.
  private static func isCaseless(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < run.count {
      if i + 3 <= run.count, run[i] == 0xE2, run[i + 1] == 0x80 || run[i + 1] == 0x81 {
        i += 3
      } else if i + 4 <= run.count, run[i] == 0xF0, run[i + 1] == 0x9F {
        i += 4
      } else {
        return false
      }
    }
    return true
  }

  /// True when lowering some run of non-ASCII scalars in `p` yields an ASCII byte.
  private static func lowersToASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < p.count {
      guard p[i] >= 0x80 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < p.count, p[j] >= 0x80 { j += 1 }
      let run = UnsafeBufferPointer(rebasing: p[i..<j])
      if !isCaseless(run) {
        var lower = String(decoding: run, as: UTF8.self).lowercased()
        if lower.withUTF8({ $0.contains { $0 < 0x80 } }) { return true }
      }
      i = j
    }
    return false
  }
}
