/// Turns a block's inline nodes into sentences of ``Token``s.
public enum Tokenizer {
  /// The sentences of the inlines directly in `block` (a paragraph, heading or cell).
  public static func sentences(of block: MarkupNode, in file: SourceFile) -> [Sentence] {
    var sink = TokenSink(splitting: true)
    for child in block.children { append(child, file: file, to: &sink) }
    return sink.finish()
  }

  /// All tokens of `block`'s inlines, unsplit.
  public static func tokens(of block: MarkupNode, in file: SourceFile) -> [Token] {
    var sink = TokenSink(splitting: false)
    for child in block.children { append(child, file: file, to: &sink) }
    return sink.tokens
  }

  /// The tokens of `block`'s inlines, unsplit, from the first up to at least
  /// the `limit`th (all of them when there are fewer): reading stops there.
  static func tokens(of block: MarkupNode, in file: SourceFile, limit: Int) -> [Token] {
    var sink = TokenSink(splitting: false, limit: limit)
    for child in block.children where !sink.isFull { append(child, file: file, to: &sink) }
    return sink.tokens
  }

  private static func append(_ node: MarkupNode, file: SourceFile, to tokens: inout TokenSink) {
    switch node.kind {
    case .text(let s): appendText(s, node: node, file: file, to: &tokens)
    case .strong:
      let t = TextSearch.trimmed(node.plainText)
      tokens.append(Token(kind: .label(t), original: t, byteRange: node.byteRange))
    case .code(let s):
      tokens.append(Token(kind: .value(s), original: s, byteRange: node.byteRange))
    case .link(let destination, _):
      let t = node.plainText
      tokens.append(
        Token(
          kind: .link(text: t, destination: destination), original: t, byteRange: node.byteRange))
    case .emphasis where node.plainText.split(separator: " ").count <= 6:
      // Early pages set UI labels in italics (`_Tenant URL_`): a short emphasis is a label.
      let t = TextSearch.trimmed(node.plainText)
      tokens.append(Token(kind: .label(t), original: t, byteRange: node.byteRange))
    case .emphasis, .strikethrough:
      for child in node.children where !tokens.isFull { append(child, file: file, to: &tokens) }
    default: break
    }
  }

  /// Splits text into words and punctuation; a `.` followed by space or end ends a sentence.
  ///
  /// ASCII characters are classified from their byte; any other character
  /// (or an ASCII one that a following scalar may extend) goes through
  /// `Character`, so words and offsets are those of a `Character` walk.
  private static func appendText(
    _ s: String, node: MarkupNode, file: SourceFile, to tokens: inout TokenSink
  ) {
    // Offsets are exact when the node's text is its source (no escapes or entities).
    let exact = s.utf8.count == node.byteRange.count
    let base = node.byteRange.lowerBound
    func range(_ a: Int, _ b: Int) -> Range<Int> {
      exact ? (base + a)..<(base + b) : node.byteRange
    }
    var utf8Text = s
    let keywords = KeywordTable.shared
    utf8Text.withUTF8 { bytes in
      var word = WordBuffer()
      func flush(at offset: Int) {
        guard let (lower, original, keyword) = word.take(from: bytes, keywords: keywords)
        else { return }
        tokens.append(
          Token(
            kind: .word(lower), original: original, byteRange: range(word.start, offset),
            keyword: keyword))
      }
      let n = bytes.count
      var offset = 0
      while offset < n, !tokens.isFull {
        let b = bytes[offset]
        if b < 0x80, offset + 1 == n || bytes[offset + 1] < 0x80 {
          if isWordByte(b) {
            word.append(b, at: offset)
          } else {
            flush(at: offset)
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
              tokens.end(at: range(offset, offset + 1), mark: Character(Unicode.Scalar(b)))
            } else if !(b == 0x20 || (0x09...0x0D).contains(b)) {
              let ch = Character(Unicode.Scalar(b))
              tokens.append(
                Token(
                  kind: .punct(ch), original: String(ch), byteRange: range(offset, offset + 1),
                  keyword: nil))
            }
          }
          offset += 1
          continue
        }
        let ch = s[s.utf8.index(s.utf8.startIndex, offsetBy: offset)]
        let len = ch.utf8.count
        if ch.isLetter || ch.isNumber || ch == "'" || ch == "’" || ch == "-" || ch == "_" {
          word.append(ch, at: offset, in: bytes)
        } else {
          flush(at: offset)
          if ch == "." || ch == "!" || ch == "?" {
            tokens.end(at: range(offset, offset + len), mark: ch)
          } else if !ch.isWhitespace {
            tokens.append(
              Token(
                kind: .punct(ch), original: String(ch), byteRange: range(offset, offset + len),
                keyword: nil))
          }
        }
        offset += len
      }
      flush(at: offset)
    }
  }

  /// ASCII letters, digits, `'`, `-` and `_`.
  static func isWordByte(_ b: UInt8) -> Bool {
    switch b {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "'"), UInt8(ascii: "-"),
      UInt8(ascii: "_"):
      true
    default: false
    }
  }

  /// The readable text of `tokens`, with spaces between words and none before punctuation.
  static func text(of tokens: [Token]) -> String {
    var text: [UInt8] = []
    for t in tokens {
      if case .punct(let c) = t.kind, c == "," || c == ":" || c == ")" || c == ";" {
        text.append(contentsOf: t.original.utf8)
      } else {
        if let last = text.last, last != UInt8(ascii: "(") { text.append(0x20) }
        text.append(contentsOf: t.original.utf8)
      }
    }
    return String(decoding: text, as: UTF8.self)
  }
}

/// Where ``Tokenizer`` puts tokens: one list, or sentences ended by `.`,
/// `!` and `?` as the tokens arrive.
struct TokenSink {
  private let splitting: Bool
  /// Enough tokens for the caller (see ``isFull``); `Int.max` when splitting.
  private let limit: Int
  /// The tokens of the sentence being read (all tokens when not splitting).
  private(set) var tokens: [Token] = []
  private var sentences: [Sentence] = []

  init(splitting: Bool, limit: Int = .max) {
    self.splitting = splitting
    self.limit = splitting ? .max : limit
  }

  /// True once the unsplit tokens reach the limit: the rest need not be read.
  var isFull: Bool { tokens.count >= limit }

  mutating func append(_ token: Token) {
    // Room for a typical sentence at once, instead of growing four times.
    if tokens.capacity == 0 { tokens.reserveCapacity(splitting ? 24 : 64) }
    tokens.append(token)
  }

  /// A sentence end `mark` at `byteRange`: a token only when not splitting.
  mutating func end(at byteRange: Range<Int>, mark: Character) {
    guard splitting else {
      tokens.append(
        Token(kind: .punct(mark), original: String(mark), byteRange: byteRange, keyword: nil))
      return
    }
    if !tokens.isEmpty { close(end: byteRange.upperBound) }
  }

  /// The sentences, the last one ending with its last token.
  mutating func finish() -> [Sentence] {
    if let last = tokens.last { close(end: last.byteRange.upperBound) }
    return sentences
  }

  private mutating func close(end: Int) {
    let start = tokens[0].byteRange.lowerBound
    sentences.append(Sentence(tokens: tokens, text: nil, byteRange: start..<max(start, end)))
    tokens = []
  }
}
