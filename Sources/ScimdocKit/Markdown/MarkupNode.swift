/// One node of a parsed Markdown document (block or inline), cmark-style.
///
/// The tree is uniform, like cmark's: every node has a ``Kind``, a half-open
/// UTF-8 byte range into its ``SourceFile`` and children. Convert the byte
/// range to lines and columns with ``SourceFile/range(_:)``.
public final class MarkupNode: Sendable {
  public let kind: Kind
  /// Half-open UTF-8 byte offsets into the source file's bytes.
  public let byteRange: Range<Int>
  public let children: [MarkupNode]
  /// The position cmark-gfm reports for this node (`--sourcepos`), when the
  /// node came from ``MarkdownParser``; nil for nodes made by hand.
  public let sourcePosition: CmarkSourcePosition?

  public init(kind: Kind, byteRange: Range<Int>, children: [MarkupNode] = []) {
    self.kind = kind
    self.byteRange = byteRange
    self.children = children
    self.sourcePosition = nil
  }

  /// Makes a node that also carries cmark's position.
  public init(
    kind: Kind, byteRange: Range<Int>, children: [MarkupNode], sourcePosition: CmarkSourcePosition?
  ) {
    self.kind = kind
    self.byteRange = byteRange
    self.children = children
    self.sourcePosition = sourcePosition
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
    var out = ""
    var stack: [MarkupNode] = [self]
    while let node = stack.popLast() {
      switch node.kind {
      case .text(let s), .code(let s): out += s
      case .softBreak, .lineBreak: out += " "
      case .htmlInline: break
      default: stack.append(contentsOf: node.children.reversed())
      }
    }
    return out
  }

  /// Calls `visit` on this node and every descendant, depth first, in order.
  public func walk(_ visit: (MarkupNode) -> Void) {
    var stack: [MarkupNode] = [self]
    while let node = stack.popLast() {
      visit(node)
      stack.append(contentsOf: node.children.reversed())
    }
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
