/// Cheap tests that let ``ProcedureWalker`` skip text that cannot matter.
enum ProseFilter {
  /// False when no sentence of `paragraph` can yield an instruction, a fact
  /// or a prerequisite, nor change what later sentences of its step or block
  /// read (the UI path and the field in focus).
  ///
  /// Read from the paragraph's inlines and the keywords of its words (a word
  /// never spans two text nodes): rules need their keyword groups and a label
  /// or link; a UI place or field needs a label and "under", "section",
  /// "page", "screen" or a field word; facts need "every", "once", "supported",
  /// "match", "matching" or "must", an HTTP status in code, a linked page
  /// whose text starts with a verb, or a label (when labels may be monitoring
  /// places, or with "monitor"). Italics, strikethrough and non-ASCII text
  /// are always read.
  static func mayYield(_ paragraph: MarkupNode, watchingLabels: Bool) -> Bool {
    var labels = false
    var links = false
    for child in paragraph.children where child.kinds != .text {
      switch child.kind {
      case .text, .softBreak, .lineBreak, .htmlInline, .image: continue
      case .strong: labels = true
      case .code(let value): if ExtractionState.isHTTPStatus(value) { return true }
      case .link:
        if ExtractionState.startsWithVerb(link: child) { return true }
        links = true
      default: return true
      }
    }
    guard labels || links else {
      // Only the facts' words matter: a byte search is enough.
      return paragraph.children.contains {
        $0.kinds == .text && $0.withLiteralBytes(mentionsFactWord)
      }
    }
    // Any label may be a monitoring place: the words need not be read.
    if labels, watchingLabels { return true }
    // More words only ever make the answer yes, so reading stops at the
    // first word that does (most steps start with their verb).
    let hasLabels = labels
    func enough(_ keywords: KeywordSet) -> Bool {
      keywords.intersects(factWords)
        || (hasLabels && (keywords.contains(.monitor) || keywords.intersects(placeWords)))
        || ruleNeeds.contains { $0.allSatisfy(keywords.intersects) }
    }
    var keywords = KeywordSet()
    for child in paragraph.children where child.kinds == .text {
      if child.withLiteralBytes({ addKeywords(of: $0, to: &keywords, until: enough) }) {
        return true
      }
    }
    return enough(keywords)
  }

  /// Each rule's keyword groups (``ExtractionRule/needs``).
  private static let ruleNeeds = Rules.all.map(\.needs)

  private static let factWords = KeywordSet([.every, .supported, .match, .matching, .must])
  /// Words that make a label a UI place or the field in focus.
  private static let placeWords = Rules.fieldWords.union(
    KeywordSet([.under, .section, .page, .screen]))

  /// Adds the keywords of the words of ASCII text `p`, stopping with true
  /// once the keywords are `enough`; true too when `p` is not ASCII. Words
  /// are read as ``Tokenizer`` reads ASCII text, and only a word short
  /// enough to be a keyword is looked up (by length and first letter).
  private static func addKeywords(
    of p: UnsafeBufferPointer<UInt8>, to keywords: inout KeywordSet,
    until enough: (KeywordSet) -> Bool
  ) -> Bool {
    let table = KeywordTable.shared
    var found = KeywordSet()
    let n = p.count
    var i = 0
    while i < n {
      guard p[i] < 0x80 else { return true }
      guard isWordByte(p[i]) else {
        i += 1
        continue
      }
      // A word: run to its end, then look it up (lowering is a no-op
      // for a word without capitals, so it is always asked for).
      let start = i
      i += 1
      while i < n, isWordByte(p[i]) { i += 1 }
      if i < n, p[i] >= 0x80 { return true }
      guard i - start <= KeywordTable.longest,
        let k = table.find(UnsafeBufferPointer(rebasing: p[start..<i]), lowering: true),
        !found.contains(k)
      else { continue }
      found.insert(k)
      if enough(keywords.union(found)) { return true }
    }
    keywords = keywords.union(found)
    return false
  }

  /// True when `p` may hold "every", "once", "supported", "match" or "must" in any
  /// ASCII case (a superset: bytes are compared with bit 5 set; "matching"
  /// holds "match"). A non-ASCII word never lowers to one of them: only the
  /// Kelvin sign and dotted capital I lower to ASCII (`k`, `i` with a mark).
  private static func mentionsFactWord(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i + 4 <= p.count {
      switch p[i] | 0x20 {
      case UInt8(ascii: "e"): if matches(p, i, "every") { return true }
      case UInt8(ascii: "s"): if matches(p, i, "supported") { return true }
      case UInt8(ascii: "m"): if matches(p, i, "match") || matches(p, i, "must") { return true }
      case UInt8(ascii: "o"): if matches(p, i, "once") { return true }
      default: break
      }
      i += 1
    }
    return false
  }

  private static func matches(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString)
    -> Bool
  {
    let w = word.utf8Start
    let m = word.utf8CodeUnitCount
    guard i + m <= p.count else { return false }
    for k in 1..<m where p[i + k] | 0x20 != w[k] { return false }
    return true
  }

  /// ``Tokenizer/isWordByte(_:)`` for an ASCII byte, as two bit masks.
  @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
    b < 64
      ? (0x03FF_2080_0000_0000 as UInt64) >> b & 1 != 0
      : (0x07FF_FFFE_87FF_FFFE as UInt64) >> (b - 64) & 1 != 0
  }

  /// False when the plain text of `node`, once spaces and tabs are trimmed,
  /// surely does not start with `(`: its first byte past them is other ASCII.
  static func mayStartWithParenthesis(_ node: MarkupNode) -> Bool {
    var stack: [MarkupNode] = [node]
    while let node = stack.popLast() {
      switch node.kind {
      case .text(var s), .code(var s):
        let first: UInt8? = s.withUTF8 { p in p.first { $0 != 0x20 && $0 != 0x09 } }
        if let first { return first == UInt8(ascii: "(") || first >= 0x80 }
      case .softBreak, .lineBreak, .htmlInline: continue
      default: stack.append(contentsOf: node.children.reversed())
      }
    }
    return false
  }
}
