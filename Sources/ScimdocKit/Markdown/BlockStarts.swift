/// Opening new blocks at the start of a line (cmark's `open_new_blocks`).
extension BlockParser {
  /// Opens the blocks that start on this line (cmark's `open_new_blocks`).
  mutating func openNewBlocks(_ container: inout Int32, allMatched: Bool) {
    var maybeLazy = type(current) == .paragraph
    var contType = type(container)
    while contType != .codeBlock && contType != .htmlBlock {
      findFirstNonspace()
      let indented = indent >= 4
      let c = peek(firstNonspace)
      let deepEnough = depth >= BlockParser.maxContainerDepth
      if !indented && c == UInt8(ascii: ">") && !deepEnough {
        let start = firstNonspace
        advanceOffset(firstNonspace + 1 - offset, columns: false)
        let d = peek(offset)
        if d == 0x20 || d == 0x09 { advanceOffset(1, columns: true) }
        container = addChild(container, .blockQuote, column: start + 1)
        depth += 1
      } else if !indented, c == UInt8(ascii: "#"),
        case let matched = scanATXHeadingStart(firstNonspace), matched > 0
      {
        let start = firstNonspace
        advanceOffset(firstNonspace + matched - offset, columns: false)
        container = addChild(container, .heading, column: start + 1)
        var hashpos = start
        var level: Int8 = 0
        while peek(hashpos) == UInt8(ascii: "#") {
          level += 1
          hashpos += 1
        }
        tree.nodes[Int(container)].level = level
        tree.nodes[Int(container)].internalOffset = Int32(matched)
      } else if !indented, c == 0x60 || c == 0x7E,
        case let matched = scanOpenCodeFence(firstNonspace), matched > 0
      {
        container = addChild(container, .codeBlock, column: firstNonspace + 1)
        tree.nodes[Int(container)].fenced = true
        tree.nodes[Int(container)].fenceChar = c
        tree.nodes[Int(container)].fenceLength = Int32(min(matched, 255))
        tree.nodes[Int(container)].fenceOffset = Int32(firstNonspace - offset)
        advanceOffset(firstNonspace + matched - offset, columns: false)
      } else if !indented, c == UInt8(ascii: "<"),
        case let matched = scanHTMLBlockStart(firstNonspace, allowType7: contType != .paragraph),
        matched > 0
      {
        container = addChild(container, .htmlBlock, column: firstNonspace + 1)
        tree.nodes[Int(container)].htmlBlockType = Int8(matched)
      } else if !indented, contType == .paragraph, c == 0x3D || c == 0x2D,
        case let matched = scanSetextLine(firstNonspace), matched > 0
      {
        if resolveReferenceDefinitions(container) {
          tree.nodes[Int(container)].type = .heading
          tree.nodes[Int(container)].level = Int8(matched)
          tree.nodes[Int(container)].setext = true
          advanceOffset(lineLength - 1 - offset, columns: false)
        }
      } else if !indented, !(contType == .paragraph && !allMatched),
        thematicBreakKillPos <= firstNonspace, case let matched = scanThematicBreak(firstNonspace),
        matched > 0
      {
        container = addChild(container, .thematicBreak, column: firstNonspace + 1)
        advanceOffset(lineLength - 1 - offset, columns: false)
      } else if !indented || contType == .list, indent < 4, !deepEnough,
        let marker = parseListMarker(firstNonspace, interruptsParagraph: contType == .paragraph)
      {
        openListItem(&container, marker)
      } else if indented && !maybeLazy && !blank {
        advanceOffset(4, columns: true)
        container = addChild(container, .codeBlock, column: offset + 1)
      } else if !indented, contType == .paragraph, let table = tryOpeningTableHeader(container) {
        container = table
      } else if !indented, contType == .table, let row = tryOpeningTableRow(container) {
        container = row
      } else {
        break
      }
      if acceptsLines(type(container)) { break }
      contType = type(container)
      maybeLazy = false
    }
  }

  /// Opens a list item (and a list when needed) for a marker at the first non-space.
  private mutating func openListItem(_ container: inout Int32, _ marker: ListMarker) {
    var data = marker
    advanceOffset(firstNonspace + marker.length - offset, columns: false)
    let saveTab = partiallyConsumedTab
    let saveOffset = offset
    let saveColumn = column
    while column - saveColumn <= 5 {
      let c = peek(offset)
      guard c == 0x20 || c == 0x09 else { break }
      advanceOffset(1, columns: true)
    }
    let i = column - saveColumn
    let next = peek(offset)
    if i >= 5 || i < 1 || next == 0x0A || next == 0x0D {
      data.padding = marker.length + 1
      offset = saveOffset
      column = saveColumn
      partiallyConsumedTab = saveTab
      if i > 0 { advanceOffset(1, columns: true) }
    } else {
      data.padding = marker.length + i
    }
    data.markerOffset = indent
    if tree.nodes[Int(container)].type != .list
      || tree.nodes[Int(container)].listOrdered != data.ordered
      || tree.nodes[Int(container)].delimiter != data.delimiter
      || tree.nodes[Int(container)].bulletChar != data.bulletChar
    {
      container = addChild(container, .list, column: firstNonspace + 1)
      setListData(container, data)
      depth += 1
    }
    container = addChild(container, .item, column: firstNonspace + 1)
    setListData(container, data)
    depth += 1
  }

  /// Copies list marker data onto a list or item.
  private mutating func setListData(_ node: Int32, _ data: ListMarker) {
    tree.nodes[Int(node)].listOrdered = data.ordered
    tree.nodes[Int(node)].bulletChar = data.bulletChar
    tree.nodes[Int(node)].delimiter = data.delimiter
    tree.nodes[Int(node)].start = Int32(data.start)
    tree.nodes[Int(node)].markerOffset = Int32(data.markerOffset)
    tree.nodes[Int(node)].padding = Int32(data.padding)
  }
}
