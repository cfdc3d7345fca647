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

  public var kind: Kind {
    didSet { keyword = Self.keyword(of: kind) }
  }
  public var original: String
  public var byteRange: Range<Int>
  /// The keyword this token's word is, if any (nil for other words and tokens).
  private(set) var keyword: Keyword?

  init(kind: Kind, original: String, byteRange: Range<Int>) {
    self.init(kind: kind, original: original, byteRange: byteRange, keyword: Self.keyword(of: kind))
  }

  /// A token whose keyword the caller has already looked up.
  init(kind: Kind, original: String, byteRange: Range<Int>, keyword: Keyword?) {
    self.kind = kind
    self.original = original
    self.byteRange = byteRange
    self.keyword = keyword
  }

  private static func keyword(of kind: Kind) -> Keyword? {
    guard case .word(let w) = kind else { return nil }
    return Keyword(word: w)
  }

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
    didSet {
      // The text stays that of the tokens it was made from.
      if storedText == nil { storedText = Tokenizer.text(of: oldValue) }
      (keywords, namesSomething) = Self.summary(of: tokens)
    }
  }
  /// The text as a reader sees it (bold and code markers removed).
  public var text: String {
    get { storedText ?? Tokenizer.text(of: tokens) }
    set { storedText = newValue }
  }
  public var byteRange: Range<Int>
  /// The text when given; otherwise it is made from the tokens when asked for
  /// (most sentences are never quoted).
  private var storedText: String?
  /// The keywords among the words: a rule or phrase test whose words are
  /// missing is skipped without reading the tokens.
  private(set) var keywords: KeywordSet
  /// True when some token is a bold label or a link (what instructions act on).
  private(set) var namesSomething: Bool

  public init(tokens: [Token], text: String, byteRange: Range<Int>) {
    self.init(tokens: tokens, text: text as String?, byteRange: byteRange)
  }

  /// A sentence whose text, when nil, is made from `tokens` on demand.
  init(tokens: [Token], text: String?, byteRange: Range<Int>) {
    self.tokens = tokens
    self.storedText = text
    self.byteRange = byteRange
    (keywords, namesSomething) = Self.summary(of: tokens)
  }

  private static func summary(of tokens: [Token]) -> (KeywordSet, Bool) {
    var keywords = KeywordSet()
    var names = false
    for i in tokens.indices {
      if let k = tokens[i].keyword {
        keywords.insert(k)
      } else if tokens[i].namesSomething {
        names = true
      }
    }
    return (keywords, names)
  }

  /// The lowercase words, in order, for phrase tests.
  public var words: [String] { tokens.compactMap(\.word) }

  /// True when `phrase` (space-separated lowercase words) occurs as consecutive words.
  public func has(_ phrase: String) -> Bool {
    index(of: phrase) != nil
  }

  /// The token index where `phrase` starts, counting only word tokens in sequence.
  public func index(of phrase: String, from start: Int = 0) -> Int? {
    let parts = phrase.split(separator: " ")
    guard start < tokens.count, !parts.isEmpty else { return nil }
    for i in start..<tokens.count where i + parts.count <= tokens.count {
      let found = parts.indices.allSatisfy { k in
        tokens[i + k].word.map { $0.utf8.elementsEqual(parts[k].utf8) } ?? false
      }
      if found { return i }
    }
    return nil
  }

  /// True when the keywords of `phrase` are the words of consecutive tokens.
  func has(_ phrase: [Keyword]) -> Bool {
    index(of: phrase) != nil
  }

  /// The token index where the keywords of `phrase` start as consecutive words.
  func index(of phrase: [Keyword], from start: Int = 0) -> Int? {
    guard let first = phrase.first, keywords.contains(first), start < tokens.count else {
      return nil
    }
    let last = tokens.count - phrase.count
    guard start <= last else { return nil }
    for i in start...last where tokens[i].keyword == first {
      var k = 1
      while k < phrase.count, tokens[i + k].keyword == phrase[k] { k += 1 }
      if k == phrase.count { return i }
    }
    return nil
  }

  /// True when some word is one of `set`.
  func hasAny(_ set: KeywordSet) -> Bool {
    keywords.intersects(set)
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
