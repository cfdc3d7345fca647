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

/// An open-addressing table from a word's ``WordKey`` to its keyword, built once per process.
struct KeywordTable: Sendable {
  static let shared = KeywordTable()
  /// The longest spelling, in bytes: longer words are never keywords.
  static let longest = 11

  /// Per slot: the keyword's raw value plus one (0 for an empty slot) and its key.
  private let slots: [(entry: UInt8, key: UInt64)]
  private let spellingBytes: [[UInt8]]
  /// Each keyword's spelling as a string, shared by every token of that word.
  let spellings: [String]
  private let mask: Int

  private init() {
    let size = 512
    var slots = [(entry: UInt8, key: UInt64)](repeating: (0, 0), count: size)
    spellings = Keyword.spellings
    spellingBytes = spellings.map { Array($0.utf8) }
    for k in Keyword.allCases {
      let bytes = spellingBytes[Int(k.rawValue)]
      precondition(bytes.count <= Self.longest)
      let key = bytes.withUnsafeBufferPointer { WordKey.key($0) }
      var i = Int(truncatingIfNeeded: key) & (size - 1)
      while slots[i].entry != 0 { i = (i + 1) & (size - 1) }
      slots[i] = (k.rawValue + 1, key)
    }
    self.slots = slots
    mask = size - 1
  }

  /// The keyword spelled `bytes` (a lowercase word), if any.
  func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Keyword? {
    find(bytes, lowering: false)
  }

  /// The keyword spelled `bytes` once ASCII capitals are lowered (when
  /// `lowering`), if any.
  func find(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Keyword? {
    guard bytes.count <= Self.longest, !bytes.isEmpty else { return nil }
    var key: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      key ^= UInt64(lowering && b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
      key = key &* 0x0000_0100_0000_01B3
    }
    return find(bytes, lowering: lowering, key: key == 0 ? 1 : key)
  }

  /// ``find(_:lowering:)`` for bytes whose lowered ``WordKey`` is `key`.
  func find(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool, key: UInt64) -> Keyword? {
    guard bytes.count <= Self.longest, !bytes.isEmpty else { return nil }
    @inline(__always) func lower(_ b: UInt8) -> UInt8 {
      lowering && b >= 0x41 && b <= 0x5A ? b | 0x20 : b
    }
    var i = Int(truncatingIfNeeded: key) & mask
    while true {
      let slot = slots[i]
      if slot.entry == 0 { return nil }
      if slot.key == key {
        let spelling = spellingBytes[Int(slot.entry - 1)]
        if spelling.count == bytes.count,
          spelling.indices.allSatisfy({ spelling[$0] == lower(bytes[$0]) })
        {
          return Keyword(rawValue: slot.entry - 1)
        }
      }
      i = (i + 1) & mask
    }
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
