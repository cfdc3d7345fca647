/// Turns a block's inline nodes into sentences of ``Token``s.
public enum Tokenizer {
  /// The sentences of the inlines directly in `block` (a paragraph, heading or cell).
  public static func sentences(of block: MarkupNode, in file: SourceFile) -> [Sentence] {
    var tokens: [Token] = []
    // Roughly one token per five bytes; growing the array copies every token.
    tokens.reserveCapacity(block.byteRange.count / 5 + 4)
    for child in block.children { append(child, file: file, to: &tokens) }
    return split(tokens)
  }

  /// All tokens of `block`'s inlines, unsplit.
  public static func tokens(of block: MarkupNode, in file: SourceFile) -> [Token] {
    var tokens: [Token] = []
    for child in block.children { append(child, file: file, to: &tokens) }
    return tokens
  }

  private static func append(_ node: MarkupNode, file: SourceFile, to tokens: inout [Token]) {
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
      for child in node.children { append(child, file: file, to: &tokens) }
    default: break
    }
  }

  /// Splits text into words and punctuation; a `.` followed by space or end ends a sentence.
  ///
  /// ASCII characters are classified from their byte; any other character
  /// (or an ASCII one that a following scalar may extend) goes through
  /// `Character`, so words and offsets are those of a `Character` walk.
  private static func appendText(
    _ s: String, node: MarkupNode, file: SourceFile, to tokens: inout [Token]
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
      while offset < n {
        let b = bytes[offset]
        if b < 0x80, offset + 1 == n || bytes[offset + 1] < 0x80 {
          if isWordByte(b) {
            word.append(b, at: offset)
          } else {
            flush(at: offset)
            if !(b == 0x20 || (0x09...0x0D).contains(b)) {
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
          if !ch.isWhitespace {
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
  private static func isWordByte(_ b: UInt8) -> Bool {
    switch b {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "'"), UInt8(ascii: "-"),
      UInt8(ascii: "_"):
      true
    default: false
    }
  }

  /// Splits tokens at `.`, `!` and `?`.
  private static func split(_ tokens: [Token]) -> [Sentence] {
    var out: [Sentence] = []
    var start = 0
    for i in tokens.indices {
      guard case .punct(let c) = tokens[i].kind, c == "." || c == "!" || c == "?" else { continue }
      if i > start { out.append(make(tokens[start..<i], end: tokens[i].byteRange.upperBound)) }
      start = i + 1
    }
    if start < tokens.count {
      out.append(make(tokens[start...], end: tokens[tokens.count - 1].byteRange.upperBound))
    }
    return out
  }

  private static func make(_ tokens: ArraySlice<Token>, end: Int) -> Sentence {
    let start = tokens.first?.byteRange.lowerBound ?? 0
    return Sentence(tokens: Array(tokens), text: nil, byteRange: start..<max(start, end))
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
