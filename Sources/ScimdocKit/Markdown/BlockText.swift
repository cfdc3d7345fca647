/// Adding the rest of a line to the right block (cmark's `add_text_to_container`).
extension BlockParser {
  /// Adds the rest of the line to the right block (cmark's `add_text_to_container`).
  mutating func addTextToContainer(_ startContainer: Int32, lastMatched: Int32) {
    var container = startContainer
    findFirstNonspace()
    if blank {
      let last = tree.nodes[Int(container)].lastChild
      if last >= 0 { tree.nodes[Int(last)].lastLineBlank = true }
    }
    let ct = type(container)
    let lastLineBlank =
      blank && ct != .blockQuote && ct != .heading && ct != .thematicBreak
      && !(ct == .codeBlock && tree.nodes[Int(startContainer)].fenced)
      && !(ct == .item && tree.nodes[Int(startContainer)].firstChild < 0
        && tree.nodes[Int(startContainer)].startLine == lineNumber)
    tree.nodes[Int(container)].lastLineBlank = lastLineBlank
    var tmp = container
    while case let p = tree.nodes[Int(tmp)].parent, p >= 0 {
      tree.nodes[Int(p)].lastLineBlank = false
      tmp = p
    }
    if current != lastMatched && container == lastMatched && !blank && type(current) == .paragraph {
      addLine(current)
      return
    }
    while current != lastMatched { current = finalize(current) }
    if ct == .codeBlock {
      addLine(container)
    } else if ct == .htmlBlock {
      addLine(container)
      if htmlBlockEnds(Int(tree.nodes[Int(startContainer)].htmlBlockType), firstNonspace) {
        closesOnThisLine = true
        container = finalize(container)
      }
    } else if blank {
      // Nothing to add.
    } else if acceptsLines(ct) {
      if ct == .heading && !tree.nodes[Int(startContainer)].setext { chopTrailingHashes() }
      advanceOffset(firstNonspace - offset, columns: false)
      addLine(container)
    } else {
      container = addChild(container, .paragraph, column: firstNonspace + 1)
      advanceOffset(firstNonspace - offset, columns: false)
      addLine(container)
    }
    current = container
  }

  /// Drops a closing `#` sequence (and the line end) from an ATX heading line.
  private mutating func chopTrailingHashes() {
    var len = lineLength
    while len > 0, isSpaceByte(buf[lineStart + len - 1]) { len -= 1 }
    let orig = len - 1
    var n = orig
    while n >= 0, buf[lineStart + n] == UInt8(ascii: "#") { n -= 1 }
    if n != orig, n >= 0, buf[lineStart + n] == 0x20 || buf[lineStart + n] == 0x09 {
      len = n
      while len > 0, isSpaceByte(buf[lineStart + len - 1]) { len -= 1 }
    }
    lineEnd = lineStart + len
  }
}
