/// Matching a line against the open blocks, and closing blocks (cmark's
/// `check_open_blocks` and `finalize`).
extension BlockParser {
  /// The deepest open block the line continues, or nil when the line is used up.
  mutating func checkOpenBlocks(_ allMatched: inout Bool) -> Int32? {
    var shouldContinue = true
    allMatched = false
    var container = root
    var matchedAll = true
    while lastChildIsOpen(container) {
      container = tree.nodes[Int(container)].lastChild
      findFirstNonspace()
      var ok = true
      switch type(container) {
      case .table: ok = tableMatches()
      case .tableRow, .tableCell, .heading: ok = false
      case .blockQuote: ok = parseBlockQuotePrefix()
      case .item: ok = parseItemPrefix(container)
      case .codeBlock: ok = parseCodeBlockPrefix(container, &shouldContinue)
      case .htmlBlock:
        let t = tree.nodes[Int(container)].htmlBlockType
        ok = t <= 5 || !blank
      case .paragraph: ok = !blank
      default: break
      }
      if !ok {
        matchedAll = false
        break
      }
    }
    if !matchedAll { container = tree.nodes[Int(container)].parent }
    allMatched = matchedAll
    return shouldContinue ? container : nil
  }

  /// Consumes a `>` prefix continuing a block quote.
  mutating func parseBlockQuotePrefix() -> Bool {
    guard indent <= 3, peek(firstNonspace) == UInt8(ascii: ">") else { return false }
    advanceOffset(indent + 1, columns: true)
    let c = peek(offset)
    if c == 0x20 || c == 0x09 { advanceOffset(1, columns: true) }
    return true
  }

  /// Consumes the indentation continuing a list item.
  mutating func parseItemPrefix(_ item: Int32) -> Bool {
    if indent >= Int(tree.nodes[Int(item)].markerOffset + tree.nodes[Int(item)].padding) {
      advanceOffset(
        Int(tree.nodes[Int(item)].markerOffset + tree.nodes[Int(item)].padding), columns: true)
      return true
    } else if blank && tree.nodes[Int(item)].firstChild >= 0 {
      advanceOffset(firstNonspace - offset, columns: false)
      return true
    }
    return false
  }

  /// Continues or closes a code block.
  mutating func parseCodeBlockPrefix(_ code: Int32, _ shouldContinue: inout Bool) -> Bool {
    if !tree.nodes[Int(code)].fenced {
      if indent >= 4 {
        advanceOffset(4, columns: true)
        return true
      } else if blank {
        advanceOffset(firstNonspace - offset, columns: false)
        return true
      }
      return false
    }
    var matched = 0
    if indent <= 3, peek(firstNonspace) == tree.nodes[Int(code)].fenceChar {
      matched = scanCloseCodeFence(firstNonspace)
    }
    if matched >= Int(tree.nodes[Int(code)].fenceLength) {
      shouldContinue = false
      advanceOffset(matched, columns: false)
      closesOnThisLine = true
      current = finalize(code)
      return false
    }
    var i = tree.nodes[Int(code)].fenceOffset
    while i > 0 {
      let c = peek(offset)
      guard c == 0x20 || c == 0x09 else { break }
      advanceOffset(1, columns: true)
      i -= 1
    }
    return true
  }

  /// Closes `node`, fixing its end position and content; returns its parent.
  @discardableResult
  mutating func finalize(_ node: Int32) -> Int32 {
    let i = Int(node)
    let parent = tree.nodes[i].parent
    tree.nodes[i].open = false
    tree.nodes[i].byteEnd = Int32(closesOnThisLine ? currentLineEnd : previousLineEnd)
    closesOnThisLine = false
    let t = tree.nodes[i].type
    if finished {
      tree.nodes[i].endLine = lineNumber
      tree.nodes[i].endColumn = Int32(lastLineLength)
    } else if t == .document || (t == .codeBlock && tree.nodes[i].fenced)
      || (t == .heading && tree.nodes[i].setext)
    {
      tree.nodes[i].endLine = lineNumber
      var len = lineLength
      if len > 0, buf[lineStart + len - 1] == 0x0A { len -= 1 }
      if len > 0, buf[lineStart + len - 1] == 0x0D { len -= 1 }
      tree.nodes[i].endColumn = Int32(len)
    } else {
      tree.nodes[i].endLine = lineNumber - 1
      tree.nodes[i].endColumn = Int32(lastLineLength)
    }
    switch t {
    case .paragraph:
      if !resolveReferenceDefinitions(node) { tree.unlink(node) }
    case .codeBlock: finalizeCode(i)
    case .list: tree.nodes[i].tight = listIsTight(node)
    default: break
    }
    if t == .blockQuote || t == .list || t == .item { depth -= 1 }
    return parent
  }

  /// Turns a code block's lines into its info string and literal.
  private mutating func finalizeCode(_ i: Int) {
    var content = Array(tree.content(Int32(i)))
    if !tree.nodes[i].fenced {
      // Drop trailing blank lines, keep one line terminator.
      var k = content.count - 1
      while k >= 0 {
        let c = content[k]
        if c != 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { break }
        k -= 1
      }
      if k < 0 {
        content = []
      } else {
        var j = k
        while j < content.count, content[j] != 0x0A, content[j] != 0x0D { j += 1 }
        content.removeSubrange(j..<content.count)
      }
      content.append(0x0A)
    } else {
      var pos = 0
      while pos < content.count, content[pos] != 0x0A, content[pos] != 0x0D { pos += 1 }
      let info = Escapes.unescape(Escapes.decodeEntities(trimmed(content[0..<pos])))
      tree[extra: Int32(i)].info = info
      if pos < content.count, content[pos] == 0x0D { pos += 1 }
      if pos < content.count, content[pos] == 0x0A { pos += 1 }
      content.removeSubrange(0..<pos)
    }
    tree.setContent(Int32(i), content)
  }

  /// cmark's tight-list rule: no blank line between items or their children.
  private mutating func listIsTight(_ list: Int32) -> Bool {
    var item = tree.nodes[Int(list)].firstChild
    while item >= 0 {
      let itemNext = tree.nodes[Int(item)].next
      if tree.nodes[Int(item)].lastLineBlank && itemNext >= 0 { return false }
      var sub = tree.nodes[Int(item)].firstChild
      while sub >= 0 {
        let subNext = tree.nodes[Int(sub)].next
        if (itemNext >= 0 || subNext >= 0) && endsWithBlankLine(sub) { return false }
        sub = subNext
      }
      item = itemNext
    }
    return true
  }

  /// cmark's `S_ends_with_blank_line`, without recursion.
  private mutating func endsWithBlankLine(_ node: Int32) -> Bool {
    var cur = node
    while cur >= 0 {
      if tree.nodes[Int(cur)].lastLineBlank { return true }
      let t = type(cur)
      cur = (t == .list || t == .item) ? tree.nodes[Int(cur)].lastChild : -1
    }
    return false
  }
}

/// Trims ASCII whitespace from both ends.
func trimmed(_ s: ArraySlice<UInt8>) -> [UInt8] {
  var a = s.startIndex
  var b = s.endIndex
  while a < b, isSpaceByte(s[a]) { a += 1 }
  while b > a, isSpaceByte(s[b - 1]) { b -= 1 }
  return Array(s[a..<b])
}

/// cmark's `cmark_isspace`: space, tab, LF, VT, FF, CR.
@inline(__always) func isSpaceByte(_ c: UInt8) -> Bool {
  c == 0x20 || (c >= 0x09 && c <= 0x0D)
}
