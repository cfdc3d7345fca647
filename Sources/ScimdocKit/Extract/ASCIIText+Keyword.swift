extension ASCIIText {
  /// The keyword of the first space-separated word of `text` with ASCII
  /// capitals lowered, as `text.split(separator: " ").first?.lowercased()`
  /// reads it: `.some(nil)` when that word is no keyword, nil when the
  /// answer needs `Character`s (non-ASCII near the word, or no word).
  static func firstWordKeyword(_ text: String) -> Keyword?? {
    var text = text
    return text.withUTF8 { firstWordKeyword(ofBytes: $0, whole: true) }
  }

  /// ``firstWordKeyword(_:)`` of the text whose UTF-8 is `p` or, when not
  /// `whole`, starts with `p`: then nil also when the answer depends on the
  /// bytes after `p` (the word or the space after it reaches its end).
  static func firstWordKeyword(ofBytes p: UnsafeBufferPointer<UInt8>, whole: Bool) -> Keyword?? {
    var i = 0
    while i < p.count, p[i] == 0x20 { i += 1 }
    var j = i
    while j < p.count, p[j] != 0x20, p[j] < 0x80 { j += 1 }
    guard j > i, whole || j + 1 < p.count else { return nil }
    // The space ending the word must stand alone (no combining mark after it).
    if j < p.count, p[j] != 0x20 || (j + 1 < p.count && p[j + 1] >= 0x80) { return nil }
    return .some(
      KeywordTable.shared.find(UnsafeBufferPointer(rebasing: p[i..<j]), lowering: true))
  }
}
