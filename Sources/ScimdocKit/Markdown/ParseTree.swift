/// Node kinds of the working tree the parsers build (cmark's node types).
enum NodeType: UInt8 {
  case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading
  case thematicBreak, table, tableRow, tableCell
  case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
}

/// One node of the working tree: links are indices into ``ParseTree/nodes``.
struct NodeData {
  var type: NodeType
  var parent: Int32 = -1
  var firstChild: Int32 = -1
  var lastChild: Int32 = -1
  var prev: Int32 = -1
  var next: Int32 = -1
  /// cmark `sourcepos`: 1-based lines and UTF-8 byte columns (0 = none).
  var startLine: Int32 = 0
  var startColumn: Int32 = 0
  var endLine: Int32 = 0
  var endColumn: Int32 = 0
  var open = true
  var lastLineBlank = false
  var internalOffset: Int32 = 0
  /// The node's true span as file byte offsets (half-open), -1 when unknown.
  var byteStart: Int32 = -1
  var byteEnd: Int32 = -1
  /// Inline literal: a span of ``ParseTree/literals``.
  var literalStart: Int32 = 0
  var literalCount: Int32 = 0
  /// Block content (lines): a span of ``ParseTree/literals``.
  var contentStart: Int32 = 0
  var contentCount: Int32 = 0
  /// The block's (content index, file offset) pairs: a span of ``ParseTree/segments``.
  var segmentStart: Int32 = 0
  var segmentCount: Int32 = 0
  /// Index of the node's ``NodeExtra`` in ``ParseTree/extras``, -1 when none.
  var extra: Int32 = -1
  var flags: UInt8 = 0
  // Lists and items.
  var listOrdered = false
  var bulletChar: UInt8 = 0
  var delimiter: UInt8 = 0
  var start: Int32 = 0
  var markerOffset: Int32 = 0
  var padding: Int32 = 0
  var tight = false
  // Code blocks.
  var fenced = false
  var fenceChar: UInt8 = 0
  var fenceLength: Int32 = 0
  var fenceOffset: Int32 = 0
  // HTML blocks and headings.
  var htmlBlockType: Int8 = 0
  var level: Int8 = 0
  var setext = false
  // Tables.
  var isHeader = false

  init(type: NodeType) { self.type = type }

  init(type: NodeType, line: Int32, column: Int32) {
    self.type = type
    startLine = line
    startColumn = column
    endLine = line
  }
}

/// The variable-length data of a node, kept apart so that ``NodeData`` holds
/// no references (nodes are copied and freed without retains and releases).
struct NodeExtra {
  /// Code block info or link destination.
  var info: [UInt8] = []
  var title: [UInt8] = []
  /// Table column alignments (`l`, `c`, `r` or 0).
  var alignments: [UInt8] = []
}

/// An arena of nodes with cmark's tree operations.
struct ParseTree {
  var nodes: [NodeData] = []
  /// The extra data of the nodes that have some (see ``NodeData/extra``).
  var extras: [NodeExtra] = []
  /// The content of all blocks (see ``NodeData/contentStart``), then the
  /// bytes of inline literals (text, code, raw HTML) that are not spans of
  /// that content (see ``NodeData/literalStart``): one buffer, not an array
  /// per block or literal.
  var literals: [UInt8] = []
  /// Pairs (content index, file offset) telling where each content line of a
  /// block comes from, the blocks one after another (see ``NodeData/segmentStart``).
  var segments: [Int32] = []

  /// The literal of inline node `i`.
  func literal(_ i: Int) -> ArraySlice<UInt8> {
    let start = Int(nodes[i].literalStart)
    return literals[start..<(start + Int(nodes[i].literalCount))]
  }

  /// The content of block `n`.
  func content(_ n: Int32) -> ArraySlice<UInt8> {
    let start = Int(nodes[Int(n)].contentStart)
    return literals[start..<(start + Int(nodes[Int(n)].contentCount))]
  }

  /// The (content index, file offset) pairs of block `n`.
  func segments(_ n: Int32) -> ArraySlice<Int32> {
    let start = Int(nodes[Int(n)].segmentStart)
    return segments[start..<(start + Int(nodes[Int(n)].segmentCount))]
  }

  /// Appends `bytes` (and with `lineEnd` a line feed) to the content of block
  /// `n`. Only the block taking lines grows, and it is normally the last span
  /// of ``literals``; otherwise its content moves to the end first.
  mutating func appendContent(_ n: Int32, _ bytes: some Collection<UInt8>, lineEnd: Bool = false) {
    let i = Int(n)
    let count = Int(nodes[i].contentCount)
    Self.moveToEnd(&literals, start: &nodes[i].contentStart, count: count)
    literals.append(contentsOf: bytes)
    if lineEnd { literals.append(0x0A) }
    nodes[i].contentCount = Int32(count + bytes.count + (lineEnd ? 1 : 0))
  }

  /// Replaces the content of block `n` with `bytes`.
  mutating func setContent(_ n: Int32, _ bytes: some Collection<UInt8>) {
    nodes[Int(n)].contentCount = 0
    appendContent(n, bytes)
  }

  /// Appends the pair (content index `index`, file offset `at`) to block `n`'s
  /// segments, moving them to the end of ``segments`` first when they are not there.
  mutating func appendSegment(_ n: Int32, index: Int32, at: Int32) {
    let i = Int(n)
    let count = Int(nodes[i].segmentCount)
    Self.moveToEnd(&segments, start: &nodes[i].segmentStart, count: count)
    segments.append(index)
    segments.append(at)
    nodes[i].segmentCount = Int32(count + 2)
  }

  /// Makes the span of `count` elements at `start` the last of `array` (a
  /// copy at the end when it is elsewhere), so it can grow by appending.
  private static func moveToEnd<T>(_ array: inout [T], start: inout Int32, count: Int) {
    let at = Int(start)
    if count == 0 {
      start = Int32(array.count)
    } else if at + count != array.count {
      start = Int32(array.count)
      array.append(contentsOf: Array(array[at..<(at + count)]))
    }
  }

  /// The code block info or link destination of node `n` (no copy of its other extra data).
  func info(_ n: Int32) -> [UInt8] {
    let e = nodes[Int(n)].extra
    return e >= 0 ? extras[Int(e)].info : []
  }

  /// The link title of node `n` (no copy of its other extra data).
  func title(_ n: Int32) -> [UInt8] {
    let e = nodes[Int(n)].extra
    return e >= 0 ? extras[Int(e)].title : []
  }

  /// The extra data of node `n`: empty when it has none; made on first change.
  subscript(extra n: Int32) -> NodeExtra {
    get {
      let e = nodes[Int(n)].extra
      return e >= 0 ? extras[Int(e)] : NodeExtra()
    }
    _modify {
      var e = Int(nodes[Int(n)].extra)
      if e < 0 {
        e = extras.count
        extras.append(NodeExtra())
        nodes[Int(n)].extra = Int32(e)
      }
      yield &extras[e]
    }
  }

  /// Adds a detached node and returns its index.
  mutating func make(_ type: NodeType, line: Int32 = 0, column: Int32 = 0) -> Int32 {
    nodes.append(NodeData(type: type, line: line, column: column))
    return Int32(nodes.count - 1)
  }

  /// The file offset of content index `p`, using (content index, file offset) pairs.
  static func fileOffset(_ segments: [Int32], _ p: Int) -> Int32 {
    guard segments.count >= 2 else { return -1 }
    let k = pair(segments, p)
    return segments[2 * k + 1] + Int32(p) - segments[2 * k]
  }

  /// The pair of content index `p`: the last whose index is at most `p` (the
  /// indices rise), or the first.
  static func pair(_ segments: [Int32], _ p: Int) -> Int {
    var lo = 0
    var hi = segments.count / 2 - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if Int(segments[2 * mid]) <= p { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// Detaches `node` from its parent and siblings.
  mutating func unlink(_ node: Int32) {
    let n = Int(node)
    let p = nodes[n].prev
    let nx = nodes[n].next
    let parent = nodes[n].parent
    // Most nodes are new when appended: nothing to detach.
    if p < 0 && nx < 0 && parent < 0 { return }
    if p >= 0 { nodes[Int(p)].next = nx }
    if nx >= 0 { nodes[Int(nx)].prev = p }
    if parent >= 0 {
      if nodes[Int(parent)].firstChild == node { nodes[Int(parent)].firstChild = nx }
      if nodes[Int(parent)].lastChild == node { nodes[Int(parent)].lastChild = p }
    }
    nodes[n].prev = -1
    nodes[n].next = -1
    nodes[n].parent = -1
  }

  /// Appends `child` as the last child of `parent`.
  mutating func append(_ child: Int32, to parent: Int32) {
    unlink(child)
    let last = nodes[Int(parent)].lastChild
    nodes[Int(child)].parent = parent
    nodes[Int(child)].prev = last
    if last >= 0 { nodes[Int(last)].next = child } else { nodes[Int(parent)].firstChild = child }
    nodes[Int(parent)].lastChild = child
  }

  /// Inserts `node` just before `sibling`.
  mutating func insert(_ node: Int32, before sibling: Int32) {
    unlink(node)
    let parent = nodes[Int(sibling)].parent
    let p = nodes[Int(sibling)].prev
    nodes[Int(node)].parent = parent
    nodes[Int(node)].prev = p
    nodes[Int(node)].next = sibling
    nodes[Int(sibling)].prev = node
    if p >= 0 {
      nodes[Int(p)].next = node
    } else if parent >= 0 {
      nodes[Int(parent)].firstChild = node
    }
  }

  /// Inserts `node` just after `sibling`.
  mutating func insert(_ node: Int32, after sibling: Int32) {
    unlink(node)
    let parent = nodes[Int(sibling)].parent
    let nx = nodes[Int(sibling)].next
    nodes[Int(node)].parent = parent
    nodes[Int(node)].prev = sibling
    nodes[Int(node)].next = nx
    nodes[Int(sibling)].next = node
    if nx >= 0 {
      nodes[Int(nx)].prev = node
    } else if parent >= 0 {
      nodes[Int(parent)].lastChild = node
    }
  }
}
