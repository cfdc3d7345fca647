/// Moving through the current line with cmark's tab-aware column arithmetic.
extension BlockParser {
  /// Finds the first non-space byte from `offset`, its column, the indent and blankness.
  mutating func findFirstNonspace() {
    var charsToTab = 4 - (column % 4)
    if firstNonspace <= offset {
      firstNonspace = offset
      firstNonspaceColumn = column
      while true {
        let c = peek(firstNonspace)
        if c == 0x20 {
          firstNonspace += 1
          firstNonspaceColumn += 1
          charsToTab -= 1
          if charsToTab == 0 { charsToTab = 4 }
        } else if c == 0x09 {
          firstNonspace += 1
          firstNonspaceColumn += charsToTab
          charsToTab = 4
        } else {
          break
        }
      }
    }
    indent = firstNonspaceColumn - column
    let c = peek(firstNonspace)
    blank = c == 0x0A || c == 0x0D
  }

  /// Moves `offset` on by `count` bytes or, with `columns`, by columns (tabs count to the next stop).
  mutating func advanceOffset(_ count: Int, columns: Bool) {
    var count = count
    while count > 0 {
      let c = peek(offset)
      if c == 0 { break }
      if c == 0x09 {
        let charsToTab = 4 - (column % 4)
        if columns {
          partiallyConsumedTab = charsToTab > count
          let adv = min(count, charsToTab)
          column += adv
          offset += partiallyConsumedTab ? 0 : 1
          count -= adv
        } else {
          partiallyConsumedTab = false
          column += charsToTab
          offset += 1
          count -= 1
        }
      } else {
        partiallyConsumedTab = false
        offset += 1
        column += 1
        count -= 1
      }
    }
  }

  /// Appends the rest of the line (from `offset`) to the content of `node`.
  mutating func addLine(_ node: Int32) {
    if partiallyConsumedTab {
      offset += 1
      let charsToTab = 4 - (column % 4)
      tree.appendContent(node, repeatElement(UInt8(0x20), count: charsToTab))
    }
    if offset < lineLength {
      let t = tree.nodes[Int(node)].type
      if t == .paragraph || t == .heading {
        let at = Int32(lineStart + offset)
        tree.appendSegment(node, index: tree.nodes[Int(node)].contentCount, at: at)
      }
      let from = lineStart + offset
      let textEnd = max(from, min(lineEnd, currentLineEnd))
      tree.appendContent(node, buf[from..<textEnd], lineEnd: lineEnd > currentLineEnd)
    }
  }
}
