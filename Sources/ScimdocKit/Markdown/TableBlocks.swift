/// Opening and continuing GFM tables in the block phase.
extension BlockParser {
  /// True when the line can be a row of the open table.
  mutating func tableMatches() -> Bool {
    scannedRowStart = lineStart + firstNonspace
    scannedRow = TableRowScanner.row(buf, scannedRowStart, lineEnd)?.cells
    return scannedRow != nil
  }

  /// Turns the open paragraph into a table when this line is a matching delimiter row.
  mutating func tryOpeningTableHeader(_ paragraph: Int32) -> Int32? {
    let p = Int(paragraph)
    let ls = lineStart + firstNonspace
    guard TableRowScanner.isDelimiterRow(buf, ls, lineEnd),
      let delimiters = TableRowScanner.row(buf, ls, lineEnd)
    else { return nil }
    let content = Array(tree.content(paragraph))
    let segments = Array(tree.segments(paragraph))
    // Every paragraph line scans as a row, so cmark's header row is the last
    // line and the lines before it stay a paragraph: scan just that line.
    var lastStart = content.count - 1
    while lastStart > 0, content[lastStart - 1] != 0x0A { lastStart -= 1 }
    guard lastStart >= 0, let lastRow = TableRowScanner.row(content, lastStart, content.count),
      lastRow.cells.count == delimiters.cells.count
    else { return nil }
    let header = (
      cells: lastRow.cells.map { cell in
        var c = cell
        c.startOffset += lastStart
        c.endOffset += lastStart
        c.contentOffset += lastStart
        let lineStartOffset = c.startOffset
        // cmark backs the cell start up to the previous pipe, across lines.
        while c.startOffset > 0, content[c.startOffset - 1] != UInt8(ascii: "|") {
          c.startOffset -= 1
          c.internalOffset += 1
        }
        return (c, lineStartOffset)
      }, paragraphOffset: lastStart
    )
    tree.nodes[p].type = .table
    // True spans start at the header line (cmark starts the table at the paragraph).
    let headerStart = ParseTree.fileOffset(segments, lastStart)
    if lastStart > 0 { tree.nodes[p].byteStart = headerStart }
    if header.paragraphOffset > 0 {
      let para = tree.make(.paragraph)
      tree.nodes[Int(para)].open = false
      let prefix = content[0..<header.paragraphOffset]
      tree.setContent(para, trimmed(TableRowScanner.unescapePipes(prefix)[...]))
      let lead = prefix.prefix { isSpaceByte($0) }.count
      tree.appendSegment(para, index: 0, at: ParseTree.fileOffset(segments, lead))
      var k = 2
      while k + 1 < segments.count, Int(segments[k]) < header.paragraphOffset {
        tree.appendSegment(para, index: segments[k] - Int32(lead), at: segments[k + 1])
        k += 2
      }
      tree.insert(para, before: paragraph)
    }
    tree[extra: Int32(p)].alignments = delimiters.cells.map { cell in
      let left = cell.content.first == UInt8(ascii: ":")
      let right = cell.content.last == UInt8(ascii: ":")
      return left && right
        ? UInt8(ascii: "c") : left ? UInt8(ascii: "l") : right ? UInt8(ascii: "r") : 0
    }
    let startColumn = tree.nodes[p].startColumn
    let startLine = tree.nodes[p].startLine
    let row = addChild(paragraph, .tableRow, column: Int(startColumn))
    tree.nodes[Int(row)].isHeader = true
    tree.nodes[Int(row)].startLine = startLine
    tree.nodes[Int(row)].endLine = startLine
    tree.nodes[Int(row)].endColumn = startColumn + Int32(content.count) - 2
    tree.nodes[Int(row)].byteStart = headerStart
    tree.nodes[Int(row)].byteEnd = ParseTree.fileOffset(segments, content.count - 1)
    for (cell, trueStart) in header.cells {
      let c = addChild(row, .tableCell, column: Int(startColumn) + cell.startOffset)
      tree.nodes[Int(c)].startLine = startLine
      tree.nodes[Int(c)].endLine = startLine
      tree.nodes[Int(c)].internalOffset = Int32(cell.internalOffset)
      tree.nodes[Int(c)].endColumn = startColumn + Int32(cell.endOffset)
      tree.setContent(c, cell.content)
      tree.appendSegment(c, index: 0, at: ParseTree.fileOffset(segments, cell.contentOffset))
      tree.nodes[Int(c)].byteStart = ParseTree.fileOffset(segments, trueStart)
      tree.nodes[Int(c)].byteEnd = ParseTree.fileOffset(segments, cell.endOffset) + 1
    }
    advanceOffset(lineLength - 1 - offset, columns: false)
    return paragraph
  }

  /// Adds a body row to the open table.
  mutating func tryOpeningTableRow(_ table: Int32) -> Int32? {
    if blank { return nil }
    let rowStart = lineStart + firstNonspace
    let cached = rowStart == scannedRowStart ? scannedRow : nil
    guard let cells = cached ?? TableRowScanner.row(buf, rowStart, lineEnd)?.cells else {
      return nil
    }
    let startColumn = tree.nodes[Int(table)].startColumn
    let columns = tree[extra: table].alignments.count
    let row = addChild(table, .tableRow, column: Int(startColumn))
    tree.nodes[Int(row)].byteStart = Int32(rowStart)
    var i = 0
    while i < cells.count && i < columns {
      let cell = cells[i]
      let c = addChild(row, .tableCell, column: Int(startColumn) + cell.startOffset)
      tree.nodes[Int(c)].internalOffset = Int32(cell.internalOffset)
      tree.nodes[Int(c)].endColumn = startColumn + Int32(cell.endOffset)
      tree.setContent(c, cell.content)
      tree.appendSegment(c, index: 0, at: Int32(lineStart + firstNonspace + cell.contentOffset))
      tree.nodes[Int(c)].byteStart = Int32(lineStart + firstNonspace + cell.startOffset)
      tree.nodes[Int(c)].byteEnd = Int32(lineStart + firstNonspace + cell.endOffset + 1)
      i += 1
    }
    while i < columns {
      _ = addChild(row, .tableCell, column: 0)
      i += 1
    }
    advanceOffset(lineLength - 1 - offset, columns: false)
    return row
  }

  /// The HTML block kind starting at `pos`, or 0.
  mutating func scanHTMLBlockStart(_ pos: Int, allowType7: Bool) -> Int {
    HTMLScanner.blockStart(buf, lineStart + pos, lineEnd, allowType7: allowType7)
  }

  /// True when the line holds the end marker of HTML block `kind`.
  mutating func htmlBlockEnds(_ kind: Int, _ pos: Int) -> Bool {
    HTMLScanner.blockEnds(kind, buf, lineStart + pos, lineEnd)
  }
}
