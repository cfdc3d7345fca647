/// Turns a block's inline nodes into sentences of ``Token``s.
public enum Tokenizer {
  /// The sentences of the inlines directly in `block` (a paragraph, heading or cell).
  public static func sentences(of block: MarkupNode, in file: SourceFile) -> [Sentence] {
    var tokens: [Token] = []
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
      let t = node.plainText.trimmingCharacters(in: .whitespaces)
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
      let t = node.plainText.trimmingCharacters(in: .whitespaces)
      tokens.append(Token(kind: .label(t), original: t, byteRange: node.byteRange))
    case .emphasis, .strikethrough:
      for child in node.children { append(child, file: file, to: &tokens) }
    default: break
    }
  }

  /// Splits text into words and punctuation; a `.` followed by space or end ends a sentence.
  private static func appendText(
    _ s: String, node: MarkupNode, file: SourceFile, to tokens: inout [Token]
  ) {
    // Offsets are exact when the node's text is its source (no escapes or entities).
    let exact = s.utf8.count == node.byteRange.count
    var offset = 0
    var current = ""
    var currentStart = 0
    func range(_ a: Int, _ b: Int) -> Range<Int> {
      exact ? (node.byteRange.lowerBound + a)..<(node.byteRange.lowerBound + b) : node.byteRange
    }
    func flush() {
      guard !current.isEmpty else { return }
      tokens.append(
        Token(
          kind: .word(current.lowercased()), original: current,
          byteRange: range(currentStart, offset)))
      current = ""
    }
    for ch in s {
      let n = String(ch).utf8.count
      if ch.isLetter || ch.isNumber || ch == "'" || ch == "’" || ch == "-" || ch == "_" {
        if current.isEmpty { currentStart = offset }
        current.append(ch == "’" ? "'" : ch)
      } else {
        flush()
        if !ch.isWhitespace {
          tokens.append(
            Token(kind: .punct(ch), original: String(ch), byteRange: range(offset, offset + n)))
        }
      }
      offset += n
    }
    flush()
  }

  /// Splits tokens at `.`, `!` and `?`.
  private static func split(_ tokens: [Token]) -> [Sentence] {
    var out: [Sentence] = []
    var current: [Token] = []
    for token in tokens {
      if case .punct(let c) = token.kind, c == "." || c == "!" || c == "?" {
        if !current.isEmpty { out.append(make(current, end: token.byteRange.upperBound)) }
        current = []
      } else {
        current.append(token)
      }
    }
    if let last = current.last { out.append(make(current, end: last.byteRange.upperBound)) }
    return out
  }

  private static func make(_ tokens: [Token], end: Int) -> Sentence {
    let start = tokens.first?.byteRange.lowerBound ?? 0
    return Sentence(tokens: tokens, text: text(of: tokens), byteRange: start..<max(start, end))
  }

  /// The readable text of `tokens`, with spaces between words and none before punctuation.
  static func text(of tokens: [Token]) -> String {
    var text = ""
    for t in tokens {
      if case .punct(let c) = t.kind, c == "," || c == ":" || c == ")" || c == ";" {
        text += t.original
      } else {
        if !text.isEmpty, !text.hasSuffix("(") { text += " " }
        text += t.original
      }
    }
    return text
  }
}
