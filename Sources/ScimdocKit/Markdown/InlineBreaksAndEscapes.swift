/// Line breaks, backslash escapes and entity references.
extension InlineParser {
  /// A line end: a soft or hard break; moves the position to the next line.
  mutating func handleNewline() {
    let nlpos = pos
    if peek(pos) == 0x0D { pos += 1 }
    if peek(pos) == 0x0A { pos += 1 }
    line += 1
    columnOffset = -pos
    skipSpaces()
    let hard = nlpos > 1 && s[nlpos - 1] == 0x20 && s[nlpos - 2] == 0x20
    let node = tree.make(hard ? .lineBreak : .softBreak)
    var spanEnd = nlpos + 1
    if peek(nlpos) == 0x0D && peek(nlpos + 1) == 0x0A { spanEnd += 1 }
    setSpan(node, hard ? nlpos - 2 : nlpos, spanEnd)
    add(node)
  }

  /// Skips spaces and tabs.
  mutating func skipSpaces() {
    while pos < len, s[pos] == 0x20 || s[pos] == 0x09 { pos += 1 }
  }

  /// A backslash: an escaped character, a hard break, or a literal `\\`.
  mutating func handleBackslash() -> Int32 {
    let start = pos
    pos += 1
    let next = peek(pos)
    if Escapes.isPunct(next) {
      pos += 1
      return text(pos - 2, pos - 1, subject: (pos - 1)..<pos)
    } else if pos < len, next == 0x0A || next == 0x0D {
      if peek(pos) == 0x0D { pos += 1 }
      if peek(pos) == 0x0A { pos += 1 }
      let node = tree.make(.lineBreak)
      setSpan(node, start, pos)
      return node
    }
    return text(pos - 1, pos - 1, subject: (pos - 1)..<pos)
  }

  /// An `&`: a decoded entity reference, or a literal `&`.
  mutating func handleEntity() -> Int32 {
    pos += 1
    guard let (decoded, n) = Escapes.entity(s, pos, len) else {
      return text(pos - 1, pos - 1, subject: (pos - 1)..<pos)
    }
    pos += n
    return text(pos - 1 - n, pos - 1, decoded)
  }
}
