/// One token of inline text: what the extraction rules read instead of raw text.
public struct Token: Sendable, Equatable {
  /// What the token is.
  public enum Kind: Sendable, Equatable {
    /// A word, lowercased for matching (`original` keeps the case).
    case word(String)
    /// Punctuation other than a sentence end (`,`, `:`, `(`).
    case punct(Character)
    /// A bold span: a UI label.
    case label(String)
    /// A code span: a literal value.
    case value(String)
    /// A link with its text and destination.
    case link(text: String, destination: String)
  }

  public var kind: Kind
  public var original: String
  public var byteRange: Range<Int>

  /// The lowercase word, when this is a word.
  public var word: String? {
    if case .word(let w) = kind { return w }
    return nil
  }

  /// The label text, when this is a bold span.
  public var label: String? {
    if case .label(let l) = kind { return l }
    return nil
  }

  /// True for a bold label or a link: what instructions act on.
  var namesSomething: Bool {
    switch kind {
    case .label, .link: true
    default: false
    }
  }

  /// The code text, when this is a code span.
  public var value: String? {
    if case .value(let v) = kind { return v }
    return nil
  }
}

/// A sentence: tokens between sentence ends, with its place in the page.
public struct Sentence: Sendable {
  public var tokens: [Token] {
    didSet { wordKeys = WordKey.keys(of: tokens) }
  }
  /// The text as a reader sees it (bold and code markers removed).
  public var text: String
  public var byteRange: Range<Int>
  /// A hash of each token's lowercase word (0 for other tokens): phrase
  /// tests compare these first and the words themselves only on a hit.
  private(set) var wordKeys: [UInt64]

  public init(tokens: [Token], text: String, byteRange: Range<Int>) {
    self.tokens = tokens
    self.text = text
    self.byteRange = byteRange
    self.wordKeys = WordKey.keys(of: tokens)
  }

  /// The lowercase words, in order, for phrase tests.
  public var words: [String] { tokens.compactMap(\.word) }

  /// True when `phrase` (space-separated lowercase words) occurs as consecutive words.
  public func has(_ phrase: String) -> Bool {
    index(of: phrase) != nil
  }

  /// The token index where `phrase` starts, counting only word tokens in sequence.
  public func index(of phrase: String, from start: Int = 0) -> Int? {
    guard start < tokens.count else { return nil }
    var phrase = phrase
    return phrase.withUTF8 { p in
      // Only tokens whose word has the first word's key can start a match.
      guard let first = WordKey.firstKey(of: p) else { return nil }
      for i in start..<wordKeys.count where wordKeys[i] == first && matches(p, at: i) {
        return i
      }
      return nil
    }
  }

  /// True when the space-separated words of `p` are the words of the tokens from `i` on.
  private func matches(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let space = UInt8(ascii: " ")
    var pos = 0
    var j = i
    var parts = 0
    while true {
      while pos < p.count, p[pos] == space { pos += 1 }
      guard pos < p.count else { return parts > 0 }
      var end = pos
      while end < p.count, p[end] != space { end += 1 }
      guard j < tokens.count, case .word(let w) = tokens[j].kind,
        w.utf8.elementsEqual(UnsafeBufferPointer(rebasing: p[pos..<end]))
      else { return false }
      parts += 1
      j += 1
      pos = end
    }
  }

  /// Indices of bold labels, in order.
  public var labelIndices: [Int] { tokens.indices.filter { tokens[$0].label != nil } }

  /// True when the sentence holds any of `words`.
  public func hasAny(_ words: [String]) -> Bool {
    tokens.contains { token in
      guard case .word(let w) = token.kind else { return false }
      return words.contains(w)
    }
  }

}
