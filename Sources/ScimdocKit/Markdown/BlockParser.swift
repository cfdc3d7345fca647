/// The block phase of the parser: a port of cmark's line-by-line algorithm.
///
/// Each line is matched against the open containers, new blocks are opened,
/// and the rest of the line is added to the innermost block. Positions are
/// kept exactly as cmark keeps them (UTF-8 byte columns).
struct BlockParser {
  var tree = ParseTree()
  /// The file's bytes, ending in a line terminator.
  let buf: [UInt8]
  let root: Int32
  var current: Int32
  var refs = ReferenceMap()
  /// Bounded nesting of container blocks.
  static let maxContainerDepth = 100
  var depth = 0

  // Per-line state (offsets are relative to `lineStart`).
  var lineStart = 0
  var lineEnd = 0
  var lineNumber: Int32 = 0
  var offset = 0
  var column = 0
  var firstNonspace = 0
  var firstNonspaceColumn = 0
  var indent = 0
  var blank = false
  var partiallyConsumedTab = false
  var thematicBreakKillPos = 0
  var lastLineLength = 0
  /// File offset of the end of the previous line's text (before its terminator).
  var previousLineEnd = 0
  /// File offset of the end of this line's text.
  var currentLineEnd = 0
  /// Set while finalizing a block that ends on the current line.
  var closesOnThisLine = false
  /// The last table row scanned: where it starts and its cells (reused when the row opens).
  var scannedRowStart = -1
  var scannedRow: [TableCellSpan]? = nil
  /// True once all lines are processed (cmark's empty `curline`).
  var finished = false

  /// The input length before a final line terminator was added.
  let inputCount: Int

  /// From buffer offsets back to the file (BOM and NUL replacements).
  var map: BufferMap
  var bomLength: Int { map.bomLength }

  /// A parser for `bytes`; with `bom`, the BOM is put back as cmark sees it.
  init(bytes: [UInt8], bom: Bool = false) {
    var (b, map) = BufferMap.buffer(for: bytes, bom: bom)
    self.map = map
    inputCount = b.count
    if let last = b.last, last != 0x0A, last != 0x0D { b.append(0x0A) }
    buf = b
    tree.nodes.reserveCapacity(b.count / 16 + 16)
    tree.literals.reserveCapacity(b.count + 16)
    self.map.lineStarts.reserveCapacity(b.count / 32 + 16)
    root = tree.make(.document, line: 1, column: 1)
    current = root
  }

  /// Runs the block phase over every line; lines starting before `bodyStart` are blank.
  mutating func run(bodyStart fileBodyStart: Int) {
    let bodyStart = fileBodyStart > 0 ? map.bufferOffset(file: fileBodyStart) : 0
    let n = buf.count
    let bytes = buf
    var i = 0
    while i < n {
      let j = bytes.withUnsafeBufferPointer { BlockParser.lineTerminator(in: $0, from: i) }
      var end = j
      if end < n {
        if buf[end] == 0x0D, end + 1 < n, buf[end + 1] == 0x0A { end += 2 } else { end += 1 }
      }
      map.lineStarts.append(i)
      if i < bodyStart {
        // A front-matter line ending the file without a terminator is no line at all.
        if j >= inputCount { break }
        processLine(start: j, end: end)
      } else {
        processLine(start: i, end: end)
      }
      i = end
    }
    finished = true
    while current != root { current = finalize(current) }
    _ = finalize(root)
  }

  /// The offset of the first `\n` or `\r` in `p` from `i`, or `p.count`.
  static func lineTerminator(in p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
    let n = p.count
    var j = i
    while j + 8 <= n {
      let w = ByteScan.word(p, j)
      // The lowest set bit is exact: the first terminator in the word.
      let m = ByteScan.matches(w, 0x0A) | ByteScan.matches(w, 0x0D)
      if m != 0 { return j + m.trailingZeroBitCount / 8 }
      j += 8
    }
    while j < n, p[j] != 0x0A, p[j] != 0x0D { j += 1 }
    return j
  }

  /// The byte at `i`, or 0 past the end.
  @inline(__always) mutating func peek(_ i: Int) -> UInt8 {
    let a = lineStart + i
    return a < lineEnd ? buf[a] : 0
  }

  var lineLength: Int { lineEnd - lineStart }

  /// Runs the block algorithm on the line `start..<end` (terminator included).
  mutating func processLine(start: Int, end: Int) {
    lineStart = start
    lineEnd = end
    offset = 0
    column = 0
    firstNonspace = 0
    firstNonspaceColumn = 0
    thematicBreakKillPos = 0
    indent = 0
    blank = false
    partiallyConsumedTab = false
    // cmark skips a BOM at the start of line 1 without counting a column.
    if lineNumber == 0 && start == 0 { offset = bomLength }
    lineNumber += 1
    var textEnd = end
    if textEnd > start, buf[textEnd - 1] == 0x0A { textEnd -= 1 }
    if textEnd > start, buf[textEnd - 1] == 0x0D { textEnd -= 1 }
    currentLineEnd = textEnd
    // cmark sees every line as its text plus one line-end character.
    lineEnd = textEnd + 1
    var allMatched = false
    if let lastMatched = checkOpenBlocks(&allMatched) {
      var container = lastMatched
      openNewBlocks(&container, allMatched: allMatched)
      addTextToContainer(container, lastMatched: lastMatched)
    }
    var len = lineLength
    if len > 0, buf[lineStart + len - 1] == 0x0A { len -= 1 }
    if len > 0, buf[lineStart + len - 1] == 0x0D { len -= 1 }
    lastLineLength = len
    previousLineEnd = currentLineEnd
  }

  /// True when the last child of `node` is still open.
  mutating func lastChildIsOpen(_ node: Int32) -> Bool {
    let last = tree.nodes[Int(node)].lastChild
    return last >= 0 && tree.nodes[Int(last)].open
  }

  /// The type of `node`.
  mutating func type(_ node: Int32) -> NodeType { tree.nodes[Int(node)].type }

  /// cmark's `can_contain`: which block types may hold which children.
  mutating func canContain(_ parent: NodeType, _ child: NodeType) -> Bool {
    switch parent {
    case .document, .blockQuote, .item:
      return child != .item && child != .tableRow && child != .tableCell
    case .list: return child == .item
    case .table: return child == .tableRow
    case .tableRow: return child == .tableCell
    default: return false
    }
  }

  /// True for blocks that take the rest of a line as text.
  mutating func acceptsLines(_ t: NodeType) -> Bool {
    t == .paragraph || t == .heading || t == .codeBlock
  }

  /// Adds a block of type `t` below `parent`, closing blocks that cannot hold it.
  mutating func addChild(_ parent: Int32, _ t: NodeType, column: Int) -> Int32 {
    var p = parent
    while !canContain(type(p), t) { p = finalize(p) }
    let child = tree.make(t, line: lineNumber, column: Int32(column))
    tree.append(child, to: p)
    return child
  }
}
