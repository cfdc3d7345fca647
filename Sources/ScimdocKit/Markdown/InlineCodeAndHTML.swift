/// Code spans, autolinks and raw inline HTML.
extension InlineParser {
  /// A backtick run: a code span, or literal backticks when unclosed.
  mutating func handleBackticks() -> Int32 {
    let tickStart = pos
    while pos < len, s[pos] == 0x60 { pos += 1 }
    let openLength = pos - tickStart
    let startpos = pos
    let endpos = scanToClosingBackticks(openLength)
    if endpos == 0 {
      pos = startpos
      let node = text(pos, pos, subject: tickStart..<startpos)
      setSpan(node, tickStart, startpos)
      return node
    }
    let code = normalizeCode(s[startpos..<(endpos - openLength)])
    let node = make(.code, startpos, endpos - openLength - 1, code)
    setSpan(node, tickStart, endpos)
    adjustNewlines(node, matchLength: endpos - startpos, extra: openLength)
    return node
  }

  /// Finds a closing run of `openLength` backticks, remembering runs already seen.
  private mutating func scanToClosingBackticks(_ openLength: Int) -> Int {
    if openLength > 1000 { return 0 }
    if backticks.isEmpty { backticks = [Int](repeating: 0, count: 1001) }
    if scannedForBackticks && backticks[openLength] <= pos { return 0 }
    while true {
      while pos < len, s[pos] != 0x60 { pos += 1 }
      if pos >= len { break }
      let start = pos
      while pos < len, s[pos] == 0x60 { pos += 1 }
      let n = pos - start
      if n <= 1000 { backticks[n] = pos - n }
      if n == openLength { return pos }
    }
    scannedForBackticks = true
    return 0
  }

  /// Code span content: line ends as spaces, one surrounding space stripped.
  private mutating func normalizeCode(_ raw: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var nonSpace = false
    var k = raw.startIndex
    while k < raw.endIndex {
      let c = raw[k]
      if c == 0x0D {
        if k + 1 >= raw.endIndex || raw[k + 1] != 0x0A { out.append(0x20) }
      } else if c == 0x0A {
        out.append(0x20)
      } else {
        out.append(c)
      }
      if c != 0x20 && c != 0x0A && c != 0x0D { nonSpace = true }
      k += 1
    }
    if nonSpace, out.count >= 2, out.first == 0x20, out.last == 0x20 {
      return Array(out[1..<(out.count - 1)])
    }
    return out
  }

  /// cmark's `adjust_subj_node_newlines`: moves the line on past newlines in a span.
  mutating func adjustNewlines(_ node: Int32, matchLength: Int, extra: Int) {
    var from = pos - matchLength - extra
    var newlines = 0
    var sinceNewline = 0
    for _ in 0..<matchLength {
      if s[from] == 0x0A {
        newlines += 1
        sinceNewline = 0
      } else {
        sinceNewline += 1
      }
      from += 1
    }
    guard newlines > 0 else { return }
    line += Int32(newlines)
    tree.nodes[Int(node)].endLine += Int32(newlines)
    tree.nodes[Int(node)].endColumn = Int32(sinceNewline)
    columnOffset = -pos + sinceNewline + extra
  }

  /// A `<`: an autolink, raw HTML, or a literal `<`.
  mutating func handlePointyBrace() -> Int32 {
    pos += 1
    if let n = scanAutolinkURI(pos) ?? scanAutolinkEmail(pos) {
      let isEmail = scanAutolinkURI(pos) == nil
      let url = Array(s[pos..<(pos + n - 1)])
      pos += n
      let startArg = pos - 1 - n
      let endArg = pos - 1
      let link = tree.make(.link, line: line, column: Int32(startArg + 1))
      tree.nodes[Int(link)].endColumn = Int32(endArg + 1)
      setSpan(link, startArg, endArg + 1)
      var dest: [UInt8] = isEmail ? Array("mailto:".utf8) : []
      dest.append(contentsOf: Escapes.decodeEntities(trimmed(url[...])))
      tree[extra: link].info = dest
      let label = text(startArg + 1, endArg - 1, Escapes.decodeEntities(url))
      tree.append(label, to: link)
      return link
    }
    if let n = HTMLScanner.tag(s, pos, len, &htmlMemo) {
      let contents = (pos - 1)..<(pos + n)
      pos += n
      let node = make(.htmlInline, pos - n - 1, pos - 1, subject: contents)
      adjustNewlines(node, matchLength: n, extra: 1)
      return node
    }
    return text(pos - 1, pos - 1, subject: (pos - 1)..<pos)
  }

  /// A URI autolink body after `<`: its length with `>`, or nil.
  private mutating func scanAutolinkURI(_ i: Int) -> Int? {
    var k = i
    guard k < len, HTMLScanner.isAlpha(s[k]) else { return nil }
    k += 1
    while k < len, k - i < 33 {
      let c = s[k]
      guard HTMLScanner.isAlpha(c) || HTMLScanner.isDigit(c) || c == 0x2E || c == 0x2B || c == 0x2D
      else { break }
      k += 1
    }
    let schemeLength = k - i
    guard schemeLength >= 2, schemeLength <= 32, k < len, s[k] == UInt8(ascii: ":") else {
      return nil
    }
    k += 1
    while k < len {
      let c = s[k]
      if c == UInt8(ascii: ">") { return k + 1 - i }
      if c <= 0x20 || c == UInt8(ascii: "<") { return nil }
      k += 1
    }
    return nil
  }

  /// An email autolink body after `<`: its length with `>`, or nil.
  private mutating func scanAutolinkEmail(_ i: Int) -> Int? {
    var k = i
    let localChars = Set(".!#$%&'*+/=?^_`{|}~-".utf8)
    while k < len,
      HTMLScanner.isAlpha(s[k]) || HTMLScanner.isDigit(s[k]) || localChars.contains(s[k])
    {
      k += 1
    }
    guard k > i, k < len, s[k] == UInt8(ascii: "@") else { return nil }
    k += 1
    while true {
      let labelStart = k
      guard k < len, HTMLScanner.isAlpha(s[k]) || HTMLScanner.isDigit(s[k]) else { return nil }
      while k < len, HTMLScanner.isAlpha(s[k]) || HTMLScanner.isDigit(s[k]) || s[k] == 0x2D {
        k += 1
      }
      guard k - labelStart <= 63, s[k - 1] != 0x2D else { return nil }
      guard k < len else { return nil }
      if s[k] == UInt8(ascii: ">") { return k + 1 - i }
      guard s[k] == 0x2E else { return nil }
      k += 1
    }
  }
}
