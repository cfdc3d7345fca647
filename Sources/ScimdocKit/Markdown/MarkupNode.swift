/// One node of a parsed Markdown document (block or inline), cmark-style.
///
/// The tree is uniform, like cmark's: every node has a ``Kind``, a half-open
/// UTF-8 byte range into its ``SourceFile`` and children. Convert the byte
/// range to lines and columns with ``SourceFile/range(_:)``.
///
/// A node is a handle into its document's ``MarkupTree``: one array of node
/// records for the whole document, each node's children side by side, so a
/// page's tree is a few allocations rather than one or two per node (and is
/// freed as quickly). Two handles are equal when they denote the same node of
/// the same tree.
public struct MarkupNode: Sendable, Hashable {
  let tree: MarkupTree
  let index: Int32

  init(tree: MarkupTree, index: Int32) {
    self.tree = tree
    self.index = index
  }

  public var kind: Kind { tree.kind(Int(index)) }
  /// The one-member set of the kind's case, without making its literal a String.
  var kinds: MarkupTree.Kinds { tree.records[Int(index)].kinds }
  /// Half-open UTF-8 byte offsets into the source file's bytes.
  public var byteRange: Range<Int> { tree.records[Int(index)].byteRange }
  public var children: Children {
    let r = tree.records[Int(index)]
    return Children(tree: tree, first: r.firstChild, count: r.childCount)
  }
  /// The position cmark-gfm reports for this node (`--sourcepos`), when the
  /// node came from ``MarkdownParser``; nil for nodes made by hand.
  public var sourcePosition: CmarkSourcePosition? { tree.records[Int(index)].sourcePosition }

  public init(kind: Kind, byteRange: Range<Int>, children: [MarkupNode] = []) {
    self.init(kind: kind, byteRange: byteRange, children: children, sourcePosition: nil)
  }

  /// Makes a node that also carries cmark's position.
  public init(
    kind: Kind, byteRange: Range<Int>, children: [MarkupNode], sourcePosition: CmarkSourcePosition?
  ) {
    // Copy the children's subtrees into a tree of this node's own.
    var records: [MarkupTree.Record] = []
    let block = MarkupTree.copy(children, into: &records)
    records.append(
      MarkupTree.Record(
        kind: kind, byteRange: byteRange, position: sourcePosition, firstChild: block.first,
        childCount: block.count))
    self.init(tree: MarkupTree(records: records), index: Int32(records.count - 1))
  }

  public static func == (a: MarkupNode, b: MarkupNode) -> Bool {
    a.index == b.index && a.tree === b.tree
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(tree))
    hasher.combine(index)
  }

  /// Node identity, as `===` gave when nodes were class instances (same as `==`).
  public static func === (a: MarkupNode, b: MarkupNode) -> Bool { a == b }
  public static func === (a: MarkupNode, b: MarkupNode?) -> Bool { a == b }
  public static func === (a: MarkupNode?, b: MarkupNode) -> Bool { a == b }

  /// Not the same node (same as `!=`).
  public static func !== (a: MarkupNode, b: MarkupNode) -> Bool { a != b }
  public static func !== (a: MarkupNode, b: MarkupNode?) -> Bool { a != b }
  public static func !== (a: MarkupNode?, b: MarkupNode) -> Bool { a != b }

  /// A node's children, in order (indices from 0).
  public struct Children: RandomAccessCollection, Sendable {
    let tree: MarkupTree
    let first: Int32
    public let count: Int

    init(tree: MarkupTree, first: Int32, count: Int32) {
      self.tree = tree
      self.first = first
      self.count = Int(count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> MarkupNode {
      precondition(position >= 0 && position < count, "child index out of range")
      return MarkupNode(tree: tree, index: first + Int32(position))
    }
  }

  /// What a node is, with the data cmark keeps for it.
  public enum Kind: Sendable, Equatable {
    // Blocks
    case document
    case blockQuote
    case list(ListInfo)
    case item
    case codeBlock(info: String, literal: String, fenced: Bool)
    case htmlBlock(literal: String)
    case paragraph
    case heading(level: Int, setext: Bool)
    case thematicBreak
    case table(alignments: [TableAlignment])
    case tableHeader
    case tableRow
    case tableCell
    // Inlines
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case emphasis
    case strong
    case strikethrough
    case link(destination: String, title: String)
    case image(destination: String, title: String)
  }

  /// Ordered or bullet list data.
  public struct ListInfo: Sendable, Equatable {
    public var ordered: Bool
    /// The first item's number (ordered lists).
    public var start: Int
    /// `.` or `)` for ordered lists; `-`, `*` or `+` for bullet lists.
    public var delimiter: Character
    public var tight: Bool

    public init(ordered: Bool, start: Int, delimiter: Character, tight: Bool) {
      self.ordered = ordered
      self.start = start
      self.delimiter = delimiter
      self.tight = tight
    }
  }

  /// GFM table column alignment.
  public enum TableAlignment: Sendable, Equatable {
    case none, left, center, right
  }
}

extension MarkupNode {
  /// The text of the inlines below this node, with breaks as spaces and code
  /// spans as their literal text (what a reader sees).
  public var plainText: String {
    let records = tree.records
    if let flat = MarkupNode.flatPlainText(tree, Int(index)) { return flat }
    var out = ""
    var stack: [Int32] = [index]
    while let i = stack.popLast() {
      let k = Int(i)
      let kinds = records[k].kinds
      if kinds == .text || kinds == .code {
        out += tree.literal(k)
      } else if kinds == .softBreak || kinds == .lineBreak {
        out += " "
      } else if kinds != .htmlInline {
        let first = records[k].firstChild
        var c = first + records[k].childCount
        while c > first {
          c -= 1
          stack.append(c)
        }
      }
    }
    return out
  }

  /// ``plainText`` of record `i` when it is a leaf or all its children are
  /// leaves (most headings, paragraphs and cells), without a stack; nil
  /// when a child has children of its own.
  private static func flatPlainText(_ tree: MarkupTree, _ i: Int) -> String? {
    let records = tree.records
    let first = Int(records[i].firstChild)
    let end = first + Int(records[i].childCount)
    let kinds = records[i].kinds
    if kinds == .text || kinds == .code { return tree.literal(i) }
    if kinds == .softBreak || kinds == .lineBreak { return " " }
    if kinds == .htmlInline { return "" }
    for c in first..<end where records[c].childCount > 0 { return nil }
    var out = ""
    for c in first..<end {
      let kinds = records[c].kinds
      if kinds == .text || kinds == .code {
        out += tree.literal(c)
      } else if kinds == .softBreak || kinds == .lineBreak {
        out += " "
      }
    }
    return out
  }

  /// Calls `visit` on this node and every descendant, depth first, in order.
  public func walk(_ visit: (MarkupNode) -> Void) {
    walk(only: .all, visit)
  }

  /// Calls `visit` on this node and every descendant whose kind is in
  /// `kinds`, depth first, in order (the others' kinds are never copied).
  func walk(only kinds: MarkupTree.Kinds, _ visit: (MarkupNode) -> Void) {
    let records = tree.records
    var stack: [Int32] = [index]
    while let i = stack.popLast() {
      let k = Int(i)
      if kinds.contains(records[k].kinds) { visit(MarkupNode(tree: tree, index: i)) }
      let first = records[k].firstChild
      var c = first + records[k].childCount
      while c > first {
        c -= 1
        stack.append(c)
      }
    }
  }

  /// Calls `body` with the UTF-8 of this text, code or raw inline HTML
  /// node's literal (empty for other nodes), read in place when it can be.
  func withLiteralBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    tree.withLiteralBytes(Int(index), body)
  }

  /// True for block-level kinds.
  public var isBlock: Bool {
    switch kind {
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading,
      .thematicBreak, .table, .tableHeader, .tableRow, .tableCell:
      true
    default: false
    }
  }
}

/// A node position as cmark-gfm prints it: 1-based lines and UTF-8 byte
/// columns, end inclusive; `startLine == 0` when cmark gives none.
public struct CmarkSourcePosition: Sendable, Equatable {
  public var startLine: Int
  public var startColumn: Int
  public var endLine: Int
  public var endColumn: Int

  public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
    self.startLine = startLine
    self.startColumn = startColumn
    self.endLine = endLine
    self.endColumn = endColumn
  }
}

/// The storage of one document's nodes: records whose children sit side by
/// side (a node's children are `records[firstChild..<firstChild + childCount]`).
final class MarkupTree: Sendable {
  struct Record: Sendable {
    var kind: MarkupNode.Kind
    var byteRange: Range<Int>
    /// cmark's position; `startLine == -1` when the node has none.
    var startLine: Int32
    var startColumn: Int32
    var endLine: Int32
    var endColumn: Int32
    var firstChild: Int32
    var childCount: Int32
    /// For text, code and raw inline HTML made by the parser: where the
    /// literal sits in the tree's ``MarkupTree/literals`` (the String is made
    /// when the kind is read, and `kind` holds an empty one); -1 otherwise.
    var literalStart: Int32 = -1
    var literalCount: Int32 = 0
    /// The one-member set of the kind's case, for walks that look at a few.
    var kinds: Kinds

    init(
      kind: MarkupNode.Kind, byteRange: Range<Int>, position: CmarkSourcePosition?,
      firstChild: Int32, childCount: Int32
    ) {
      self.kind = kind
      self.byteRange = byteRange
      startLine = position.map { Int32(truncatingIfNeeded: $0.startLine) } ?? -1
      startColumn = position.map { Int32(truncatingIfNeeded: $0.startColumn) } ?? 0
      endLine = position.map { Int32(truncatingIfNeeded: $0.endLine) } ?? 0
      endColumn = position.map { Int32(truncatingIfNeeded: $0.endColumn) } ?? 0
      self.firstChild = firstChild
      self.childCount = childCount
      kinds = Kinds(kind)
    }

    var sourcePosition: CmarkSourcePosition? {
      guard startLine >= 0 else { return nil }
      return CmarkSourcePosition(
        startLine: Int(startLine), startColumn: Int(startColumn), endLine: Int(endLine),
        endColumn: Int(endColumn))
    }
  }

  let records: [Record]
  /// The bytes of the records' literals (see ``Record/literalStart``).
  let literals: [UInt8]

  init(records: [Record], literals: [UInt8] = []) {
    self.records = records
    self.literals = literals
  }

  /// The kind of record `i`, with its literal made a String.
  func kind(_ i: Int) -> MarkupNode.Kind {
    guard records[i].literalStart >= 0 else { return records[i].kind }
    let s = literal(i)
    let kinds = records[i].kinds
    return kinds == .text ? .text(s) : kinds == .code ? .code(s) : .htmlInline(s)
  }

  /// The literal of text, code or raw inline HTML record `i`.
  func literal(_ i: Int) -> String {
    let start = Int(records[i].literalStart)
    guard start >= 0 else {
      switch records[i].kind {
      case .text(let s), .code(let s), .htmlInline(let s): return s
      default: return ""
      }
    }
    let end = start + Int(records[i].literalCount)
    return literals.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
    }
  }

  /// Calls `body` with the UTF-8 of the literal of text, code or raw inline
  /// HTML record `i` (empty for other records), without making a String
  /// when the parser stored it as bytes.
  func withLiteralBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let start = Int(records[i].literalStart)
    guard start >= 0 else {
      var s = literal(i)
      return s.withUTF8(body)
    }
    let end = start + Int(records[i].literalCount)
    return literals.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// A set of ``MarkupNode/Kind`` cases, payloads aside.
  struct Kinds: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    static let all = Kinds(rawValue: .max)
    static let paragraph = Kinds(rawValue: 1 << 6)
    static let heading = Kinds(rawValue: 1 << 7)
    static let text = Kinds(rawValue: 1 << 13)
    static let softBreak = Kinds(rawValue: 1 << 14)
    static let lineBreak = Kinds(rawValue: 1 << 15)
    static let code = Kinds(rawValue: 1 << 16)
    static let list = Kinds(rawValue: 1 << 2)
    static let htmlBlock = Kinds(rawValue: 1 << 5)
    static let htmlInline = Kinds(rawValue: 1 << 17)
    static let link = Kinds(rawValue: 1 << 21)

    /// The set holding just `kind`'s case.
    init(_ kind: MarkupNode.Kind) {
      let bit: UInt32 =
        switch kind {
        case .document: 0
        case .blockQuote: 1
        case .list: 2
        case .item: 3
        case .codeBlock: 4
        case .htmlBlock: 5
        case .paragraph: 6
        case .heading: 7
        case .thematicBreak: 8
        case .table: 9
        case .tableHeader: 10
        case .tableRow: 11
        case .tableCell: 12
        case .text: 13
        case .softBreak: 14
        case .lineBreak: 15
        case .code: 16
        case .htmlInline: 17
        case .emphasis: 18
        case .strong: 19
        case .strikethrough: 20
        case .link: 21
        case .image: 22
        }
      rawValue = 1 << bit
    }
  }

  /// Appends copies of `nodes`' descendants and then of `nodes` themselves
  /// (side by side) to `records`; returns where `nodes` went.
  static func copy(_ nodes: [MarkupNode], into records: inout [Record]) -> (
    first: Int32, count: Int32
  ) {
    let blocks = nodes.map { copy(Array($0.children), into: &records) }
    let first = Int32(records.count)
    for (node, block) in zip(nodes, blocks) {
      var r = node.tree.records[Int(node.index)]
      if r.literalStart >= 0 {
        r.kind = node.kind
        r.literalStart = -1
        r.literalCount = 0
      }
      r.firstChild = block.first
      r.childCount = block.count
      records.append(r)
    }
    return (first, Int32(nodes.count))
  }
}
