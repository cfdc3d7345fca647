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
  /// The phrases' UTF-8, one after another: phrase `k` is
  /// `needleBytes[needleStarts[k]..<needleStarts[k + 1]]`.
  private let needleBytes: [UInt8]
  private let needleStarts: [Int]
  /// True for phrases always counted the exact way.
  private let slow: [Bool]
  /// Bit `k` is set when phrase `k` may start with two bytes of this slot.
  private let starts: [UInt32]
  /// The first two bytes of the fast phrases with bit 5 set, each pair once,
  /// as eight copies of each byte; nil when there are too many pairs for a
  /// word-at-a-time scan to pay.
  private let pairs: [(first: UInt64, second: UInt64)]?

  init(_ phrases: [String]) {
    self.phrases = phrases
    let needles = phrases.map { Array($0.utf8) }
    needleBytes = needles.flatMap { $0 }
    needleStarts = needles.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
    slow = phrases.indices.map { k in
      k >= 32 || !TextSearch.isPlain(phrases[k]) || phrases[k].utf8.count < 2
    }
    var starts = [UInt32](repeating: 0, count: 1024)
    for (k, n) in needles.enumerated() where !slow[k] {
      starts[Self.slot(n[0], n[1])] |= 1 << UInt32(k)
    }
    self.starts = starts
    var seen: Set<UInt16> = []
    var pairs: [(first: UInt64, second: UInt64)] = []
    for (k, n) in needles.enumerated() where !slow[k] {
      let (a, b) = (n[0] | 0x20, n[1] | 0x20)
      guard seen.insert(UInt16(a) << 8 | UInt16(b)).inserted else { continue }
      pairs.append((ByteScan.ones &* UInt64(a), ByteScan.ones &* UInt64(b)))
    }
    self.pairs = pairs.count <= 8 ? pairs : nil
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
    let (candidates, nonASCII) = candidateStarts(p)
    var exact = slow
    var counts = [Int](repeating: 0, count: phrases.count)
    // Per phrase: the first offset where its next match may start.
    var next = [Int](repeating: 0, count: phrases.count)
    needleBytes.withUnsafeBufferPointer { needleBytes in
      for at in candidates {
        var phrases = starts[Self.slot(p[at], p[at + 1])]
        while phrases != 0 {
          let k = phrases.trailingZeroBitCount
          phrases &= phrases - 1
          let n = needleBytes[needleStarts[k]..<needleStarts[k + 1]]
          guard !exact[k], at >= next[k], at + n.count <= p.count else { continue }
          guard zip(n, p[at..<(at + n.count)]).allSatisfy({ $0 == Self.lower($1) }) else {
            continue
          }
          if (at > 0 && p[at - 1] >= 0x80) || (at + n.count < p.count && p[at + n.count] >= 0x80) {
            exact[k] = true
            continue
          }
          counts[k] += 1
          next[k] = at + n.count
        }
      }
    }
    if nonASCII, Self.lowersToASCII(p) { return (counts, exact.map { _ in true }) }
    return (counts, exact)
  }

  /// The offsets, in order, where some fast phrase may start (a superset:
  /// each is checked in full), and whether `p` holds a non-ASCII byte.
  private func candidateStarts(_ p: UnsafeBufferPointer<UInt8>) -> ([Int], nonASCII: Bool) {
    var out: [Int] = []
    var seen = UInt64(p.last ?? 0)  // the bytes or-ed
    var i = 0
    if let pairs {
      // Eight starts at a time: a candidate's two bytes, with bit 5 set, are
      // some phrase's first two, so both differences with the pair are zero
      // bytes, and so is their or (spurious mask bits only add candidates).
      let lower = ByteScan.ones &* 0x20
      pairs.withUnsafeBufferPointer { pairs in
        while i + 9 <= p.count {
          let raw = ByteScan.word(p, i)
          seen |= raw
          let w = raw | lower
          let w1 = ByteScan.word(p, i + 1) | lower
          var m: UInt64 = 0
          for pair in pairs {
            m |= ByteScan.matches((w ^ pair.first) | (w1 ^ pair.second), 0)
          }
          while m != 0 {
            out.append(i + m.trailingZeroBitCount / 8)
            m &= m &- 1
          }
          i += 8
        }
      }
    }
    while i + 1 < p.count {
      seen |= UInt64(p[i])
      if starts[Self.slot(p[i], p[i + 1])] != 0 { out.append(i) }
      i += 1
    }
    return (out, seen & ByteScan.highBits != 0)
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
      // ASCII eight bytes at a time.
      if i + 8 <= p.count, ByteScan.word(p, i) & ByteScan.highBits == 0 {
        i += 8
        continue
      }
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
