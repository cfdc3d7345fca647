/// The inline phase: parses the content of paragraphs, headings and table
/// cells into inline nodes (a port of cmark's `inlines.c`), keeping cmark's
/// source positions.
struct InlineParser {
  var tree: ParseTree
  let refs: ReferenceMap

  struct Delimiter {
    var char: UInt8
    var canOpen: Bool
    var canClose: Bool
    var node: Int32
    var origLength: Int
    var prev: Int
    var next: Int
  }

  struct Bracket {
    var image: Bool
    var active: Bool
    var node: Int32
    var previousDelimiter: Int
    var position: Int
    var bracketAfter: Bool
  }

  // Subject state.
  var s: [UInt8] = []
  var len = 0
  var pos = 0
  var line: Int32 = 0
  var columnOffset = 0
  var blockOffset = 0
  var parent: Int32 = -1
  /// Where the subject (the block's content) starts in ``ParseTree/literals``.
  var subjectStart = 0
  /// The block's (content index, file offset) pairs.
  var segments: [Int32] = []
  var delims: [Delimiter] = []
  var lastDelim = -1
  var brackets: [Bracket] = []
  /// Where the last backtick run of each length starts (allocated on the first run).
  var backticks: [Int] = []
  var scannedForBackticks = false
  var htmlMemo = HTMLScanner.Memo()
  /// The subject positions `segmentLow..<segmentHigh` of the segment pair
  /// last looked up, and what turns them into file offsets (subject
  /// positions mostly rise, so most lookups stay in one pair).
  var segmentLow = 0
  var segmentHigh = 0
  var segmentDelta: Int32 = 0
  /// ``processEmphasis(_:)``'s lower bounds, kept here so that no call allocates them.
  var openersBottom = [Int](repeating: -1, count: 12)

  init(tree: ParseTree, refs: ReferenceMap) {
    self.tree = tree
    self.refs = refs
  }

  /// Parses the inlines of every paragraph, heading and table cell.
  mutating func processAll() {
    let count = tree.nodes.count
    for i in 0..<count {
      let t = tree.nodes[i].type
      guard t == .paragraph || t == .heading || t == .tableCell, tree.nodes[i].parent >= 0 else {
        continue
      }
      parseInlines(Int32(i))
    }
  }

  /// Parses the content of one block into inline children.
  mutating func parseInlines(_ block: Int32) {
    // Copied into arrays kept from block to block: no allocation per block.
    s.replaceSubrange(s.indices, with: tree.content(block))
    subjectStart = Int(tree.nodes[Int(block)].contentStart)
    segments.replaceSubrange(segments.indices, with: tree.segments(block))
    len = s.count
    while len > 0, isSpaceByte(s[len - 1]) { len -= 1 }
    pos = 0
    line = tree.nodes[Int(block)].startLine
    columnOffset = 0
    blockOffset =
      Int(tree.nodes[Int(block)].startColumn) - 1 + Int(tree.nodes[Int(block)].internalOffset)
    parent = block
    if !delims.isEmpty { delims.removeAll(keepingCapacity: true) }
    lastDelim = -1
    if !brackets.isEmpty { brackets.removeAll(keepingCapacity: true) }
    segmentLow = 0
    segmentHigh = 0
    scannedForBackticks = false
    htmlMemo = HTMLScanner.Memo()
    while pos < len { parseInline() }
    processEmphasis(-1)
  }

  /// The byte at `i`, or 0 past the end.
  @inline(__always) mutating func peek(_ i: Int) -> UInt8 { i < len ? s[i] : 0 }

  /// A node positioned on the current line from byte `start` to `end` (inclusive).
  mutating func make<C: Collection<UInt8>>(
    _ type: NodeType, _ start: Int, _ end: Int, _ literal: C
  ) -> Int32 {
    let n = make(type, start, end)
    tree.nodes[Int(n)].literalStart = Int32(tree.literals.count)
    tree.nodes[Int(n)].literalCount = Int32(literal.count)
    tree.literals.append(contentsOf: literal)
    return n
  }

  /// A node whose literal is the subject's bytes `literal`: a span of the
  /// block's content, which is in ``ParseTree/literals`` already.
  mutating func make(_ type: NodeType, _ start: Int, _ end: Int, subject literal: Range<Int>)
    -> Int32
  {
    let n = make(type, start, end)
    tree.nodes[Int(n)].literalStart = Int32(subjectStart + literal.lowerBound)
    tree.nodes[Int(n)].literalCount = Int32(literal.count)
    return n
  }

  /// A node without a literal from byte `start` to `end` (inclusive).
  private mutating func make(_ type: NodeType, _ start: Int, _ end: Int) -> Int32 {
    let n = tree.make(type, line: line, column: Int32(start + 1 + columnOffset + blockOffset))
    tree.nodes[Int(n)].endColumn = Int32(end + 1 + columnOffset + blockOffset)
    setSpan(n, start, end + 1)
    return n
  }

  /// The file offset of subject position `p`.
  mutating func fileOffset(_ p: Int) -> Int32 {
    if p >= segmentLow && p < segmentHigh { return Int32(p) + segmentDelta }
    guard segments.count >= 2 else { return -1 }
    // The positions for which ParseTree.pair gives the same pair.
    let k = ParseTree.pair(segments, p)
    segmentLow = k == 0 ? Int.min : Int(segments[2 * k])
    segmentHigh = 2 * k + 2 < segments.count ? Int(segments[2 * k + 2]) : Int.max
    segmentDelta = segments[2 * k + 1] - segments[2 * k]
    return Int32(p) + segmentDelta
  }

  /// Records the true span of subject positions `start..<end`.
  mutating func setSpan(_ node: Int32, _ start: Int, _ end: Int) {
    guard !segments.isEmpty else { return }
    let a = fileOffset(start)
    tree.nodes[Int(node)].byteStart = a
    tree.nodes[Int(node)].byteEnd = max(a, fileOffset(max(end - 1, start)) + 1)
  }

  /// A text node for subject bytes `start...end`.
  mutating func text<C: Collection<UInt8>>(_ start: Int, _ end: Int, _ literal: C) -> Int32 {
    make(.text, start, end, literal)
  }

  /// A text node for subject bytes `start...end` whose literal is subject bytes `literal`.
  mutating func text(_ start: Int, _ end: Int, subject literal: Range<Int>) -> Int32 {
    make(.text, start, end, subject: literal)
  }

  /// Appends `node` to the block being parsed.
  mutating func add(_ node: Int32) { tree.append(node, to: parent) }

  /// Bytes that end a run of plain text.
  @inline(__always) static func isSpecial(_ c: UInt8) -> Bool {
    c < 0x40 ? (specialBelow40 >> c) & 1 != 0 : c < 0x80 && (specialFrom40 >> (c & 0x3F)) & 1 != 0
  }

  /// `\n`, `\r`, `!`, `&`, `*` and `<` as bits 0 to 63.
  @inline(__always) static var specialBelow40: UInt64 {
    1 << 0x0A | 1 << 0x0D | 1 << 0x21 | 1 << 0x26 | 1 << 0x2A | 1 << 0x3C
  }
  /// `[`, `\\`, `]`, `_` and the backtick as bits 0 to 63 from 0x40.
  @inline(__always) static var specialFrom40: UInt64 {
    1 << (0x5B - 0x40) | 1 << (0x5C - 0x40) | 1 << (0x5D - 0x40) | 1 << (0x5F - 0x40)
      | 1 << (0x60 - 0x40)
  }

  /// The first special byte of `p` in `from..<to`, or `to`: eight bytes at a
  /// time, as most of a paragraph is plain text.
  static func textEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    var k = from
    while k + 8 <= to {
      let m = specialCandidates(ByteScan.word(p, k))
      if m == 0 {
        k += 8
        continue
      }
      let j = k + m.trailingZeroBitCount / 8
      if isSpecial(p[j]) { return j }
      // A control byte such as a tab: go on after it.
      k = j + 1
    }
    while k < to, !isSpecial(p[k]) { k += 1 }
    return k
  }

  /// A mask whose lowest set bit is the high bit of the first byte of `w` that
  /// is special or a control byte (higher bits may be spurious); zero when none is.
  @inline(__always) static func specialCandidates(_ w: UInt64) -> UInt64 {
    ByteScan.less(w, 0x20) | ByteScan.matches(w, 0x21) | ByteScan.matches(w, 0x26)
      | ByteScan.matches(w, 0x2A) | ByteScan.matches(w, 0x3C) | ByteScan.matches(w, 0x5B)
      | ByteScan.matches(w, 0x5C) | ByteScan.matches(w, 0x5D) | ByteScan.matches(w, 0x5F)
      | ByteScan.matches(w, 0x60)
  }

  /// Parses one inline at `pos`.
  mutating func parseInline() {
    let c = s[pos]
    switch c {
    case 0x0A, 0x0D: handleNewline()
    case 0x60: add(handleBackticks())
    case 0x5C: add(handleBackslash())
    case 0x26: add(handleEntity())
    case 0x3C: add(handlePointyBrace())
    case 0x2A, 0x5F: add(handleDelimiter(c))
    case 0x5B:
      pos += 1
      let t = text(pos - 1, pos - 1, subject: (pos - 1)..<pos)
      add(t)
      pushBracket(image: false, node: t)
    case 0x5D: if let n = handleCloseBracket() { add(n) }
    case 0x21:
      pos += 1
      if peek(pos) == 0x5B && peek(pos + 1) != UInt8(ascii: "^") {
        pos += 1
        let t = text(pos - 2, pos - 1, subject: (pos - 2)..<pos)
        add(t)
        pushBracket(image: true, node: t)
      } else {
        add(text(pos - 1, pos - 1, subject: (pos - 1)..<pos))
      }
    default:
      let end = s.withUnsafeBufferPointer { InlineParser.textEnd($0, from: pos + 1, to: len) }
      let start = pos
      pos = end
      var contentEnd = end
      if end < len, s[end] == 0x0A || s[end] == 0x0D {
        while contentEnd > start, isSpaceByte(s[contentEnd - 1]) { contentEnd -= 1 }
      }
      let node = text(start, end - 1, subject: start..<contentEnd)
      if contentEnd < end && contentEnd > start { setSpan(node, start, contentEnd) }
      add(node)
    }
  }
}
