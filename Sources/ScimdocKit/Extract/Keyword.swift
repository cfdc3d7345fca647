/// The words extraction looks for, interned once when a word token is made,
/// so rules, modality and phrase tests compare small integers, not strings.
///
/// The spelling is the case name, except for the few written with `-` or `'`.
enum Keyword: UInt8, CaseIterable, Sendable {
  case a, activate, add, an, and, are, `as`, avoid, be, box, can, check, checkbox, choose, clear,
    click, configure, create
  case deactivate, disable, disabled, doesnt, dont, dropdown, dropDown, empty, enable, enabled
  case enter, every, except, field, generate, go, has, have, `if`, `in`, input, install, into, `is`,
    isnt, it, left
  case list, log, match, matching, may, menu, monitor, must, navigate, navigation, need, needs
  case never, not, off, on, optional, optionally, or, page, pane, panel, paste, pick, precedence
  case recommend, recommended, required, screen, section, select, set, should, shouldnt, sign
  case supported, `switch`, switched, the, then, to, toggle, turn, turned, type, uncheck, under,
    unless, up
  case used, we, your

  /// The lowercase word.
  var spelling: String { Self.spellings[Int(rawValue)] }

  /// Each keyword's spelling, in case order: the case name, except for the
  /// five written with `-` or `'` (a table, not `String(describing:)`,
  /// whose reflection cost a noticeable part of every run's start).
  static let spellings: [String] = [
    "a", "activate", "add", "an", "and", "are", "as", "avoid", "be", "box", "can", "check",
    "checkbox", "choose", "clear", "click", "configure", "create", "deactivate", "disable",
    "disabled", "doesn't", "don't", "dropdown", "drop-down", "empty", "enable", "enabled",
    "enter", "every", "except", "field", "generate", "go", "has", "have", "if", "in", "input",
    "install", "into", "is", "isn't", "it", "left", "list", "log", "match", "matching", "may",
    "menu", "monitor", "must", "navigate", "navigation", "need", "needs", "never", "not", "off",
    "on", "optional", "optionally", "or", "page", "pane", "panel", "paste", "pick", "precedence",
    "recommend", "recommended", "required", "screen", "section", "select", "set", "should",
    "shouldn't", "sign", "supported", "switch", "switched", "the", "then", "to", "toggle", "turn",
    "turned", "type", "uncheck", "under", "unless", "up", "used", "we", "your",
  ]

  /// The keyword a lowercase word is, if any.
  init?(word: String) {
    var word = word
    guard let k = word.withUTF8({ KeywordTable.shared.find($0) }) else { return nil }
    self = k
  }
}

/// The keywords by length and first letter, built once per process.
///
/// A word is looked up by its length and first letter alone: no hashing,
/// and most words are rejected by one load (longer than any keyword, or no
/// keyword of that length starts with that letter). The few candidates of
/// a bucket are then compared byte by byte.
struct KeywordTable: Sendable {
  static let shared = KeywordTable()
  /// The longest spelling, in bytes: longer words are never keywords.
  static let longest = 11

  /// Bucket `length * 26 + letter` lists `candidates[bucketStart[b]..<bucketStart[b + 1]]`.
  private let bucketStart: [UInt16]
  /// Keyword raw values, grouped by bucket.
  private let candidates: [UInt8]
  /// Every spelling's bytes, one after another; keyword `k`'s start at `spellingStart[k]`.
  private let spellingBytes: [UInt8]
  private let spellingStart: [Int]
  /// Each keyword's spelling as a string, shared by every token of that word.
  let spellings: [String]

  private init() {
    spellings = Keyword.spellings
    var flat: [UInt8] = []
    var starts: [Int] = []
    var buckets = [[UInt8]](repeating: [], count: (Self.longest + 1) * 26)
    for k in Keyword.allCases {
      let bytes = Array(spellings[Int(k.rawValue)].utf8)
      precondition(bytes.count <= Self.longest && (0x61...0x7A).contains(bytes[0]))
      starts.append(flat.count)
      flat += bytes
      buckets[bytes.count * 26 + Int(bytes[0] - 0x61)].append(k.rawValue)
    }
    spellingBytes = flat
    spellingStart = starts
    var bucketStart: [UInt16] = [0]
    var candidates: [UInt8] = []
    for bucket in buckets {
      candidates += bucket
      bucketStart.append(UInt16(candidates.count))
    }
    self.bucketStart = bucketStart
    self.candidates = candidates
  }

  /// The keyword spelled `bytes` (a lowercase word), if any.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Keyword? {
    find(bytes, lowering: false)
  }

  /// The keyword spelled `bytes` once ASCII capitals are lowered (when
  /// `lowering`), if any.
  @inline(__always)
  func find(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Keyword? {
    let n = bytes.count
    guard n >= 1, n <= Self.longest else { return nil }
    @inline(__always) func lower(_ b: UInt8) -> UInt8 {
      lowering && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }
    let first = lower(bytes[0])
    guard first >= 0x61, first <= 0x7A else { return nil }
    let bucket = n * 26 + Int(first - 0x61)
    var c = Int(bucketStart[bucket])
    let end = Int(bucketStart[bucket + 1])
    while c < end {
      let k = candidates[c]
      let s = spellingStart[Int(k)]
      var i = 1
      while i < n, spellingBytes[s + i] == lower(bytes[i]) { i += 1 }
      if i == n { return Keyword(rawValue: k) }
      c += 1
    }
    return nil
  }
}

/// A set of keywords as a bit mask.
struct KeywordSet: Sendable, Equatable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  init() {}

  init(_ keywords: [Keyword]) {
    for k in keywords { insert(k) }
  }

  mutating func insert(_ k: Keyword) {
    let r = k.rawValue
    if r < 64 { low |= 1 << UInt64(r) } else { high |= 1 << UInt64(r - 64) }
  }

  /// False for nil (a word that is no keyword, or a token that is no word).
  func contains(_ k: Keyword?) -> Bool {
    guard let r = k?.rawValue else { return false }
    return r < 64 ? low & (1 << UInt64(r)) != 0 : high & (1 << UInt64(r - 64)) != 0
  }

  /// True when the sets share a keyword.
  func intersects(_ other: KeywordSet) -> Bool {
    low & other.low != 0 || high & other.high != 0
  }

  func union(_ other: KeywordSet) -> KeywordSet {
    var out = self
    out.low |= other.low
    out.high |= other.high
    return out
  }
}
