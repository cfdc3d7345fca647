/// Turns the working tree into ``MarkupNode`` values: merges adjacent text
/// nodes as cmark does, bounds the depth, and computes byte ranges.
struct TreeBuilder {
  var tree: ParseTree
  let file: SourceFile
  /// From the parser's buffer offsets to file offsets.
  let map: BufferMap
  /// Deeper inline containers are flattened into their ancestor.
  static let maxDepth = 240

  /// cmark's `cmark_consolidate_text_nodes`.
  mutating func mergeTexts() {
    for i in 0..<tree.nodes.count {
      guard tree.nodes[i].type == .text, tree.nodes[i].parent >= 0 else { continue }
      var next = tree.nodes[i].next
      while next >= 0, tree.nodes[Int(next)].type == .text {
        let end = Int(tree.nodes[i].literalStart + tree.nodes[i].literalCount)
        if Int(tree.nodes[Int(next)].literalStart) != end {
          // Not adjacent in the arena: continue this literal at the arena's end.
          let other = Array(tree.literal(Int(next)))
          if end != tree.literals.count {
            let own = Array(tree.literal(i))
            tree.nodes[i].literalStart = Int32(tree.literals.count)
            tree.literals.append(contentsOf: own)
          }
          tree.literals.append(contentsOf: other)
        }
        tree.nodes[i].literalCount += tree.nodes[Int(next)].literalCount
        tree.nodes[i].endColumn = tree.nodes[Int(next)].endColumn
        tree.nodes[i].byteEnd = tree.nodes[Int(next)].byteEnd
        let after = tree.nodes[Int(next)].next
        tree.unlink(next)
        next = after
      }
    }
  }

  private struct Frame {
    var node: Int32
    var next: Int32
    /// Where this node's finished children start in `pending`.
    var childrenStart: Int
  }

  /// A finished node waiting for its siblings: once its parent is finished,
  /// the siblings are stored side by side.
  private struct Pending {
    var node: Int32
    var range: Range<Int>
    var firstChild: Int32
    var childCount: Int32
  }

  /// Builds the ``MarkupNode`` tree below `root` without recursion.
  mutating func build(root: Int32) -> MarkupNode {
    var records: [MarkupTree.Record] = []
    records.reserveCapacity(tree.nodes.count)
    var pending: [Pending] = []
    var stack = [Frame(node: root, next: tree.nodes[Int(root)].firstChild, childrenStart: 0)]
    while true {
      let top = stack.count - 1
      let child = stack[top].next
      if child >= 0 {
        let c = Int(child)
        stack[top].next = tree.nodes[c].next
        if tree.nodes[c].firstChild >= 0 {
          if stack.count >= TreeBuilder.maxDepth {
            // Splice the children in place of the node.
            var last = tree.nodes[c].firstChild
            while tree.nodes[Int(last)].next >= 0 { last = tree.nodes[Int(last)].next }
            tree.nodes[Int(last)].next = tree.nodes[c].next
            stack[top].next = tree.nodes[c].firstChild
          } else {
            stack.append(
              Frame(node: child, next: tree.nodes[c].firstChild, childrenStart: pending.count))
          }
        } else {
          let prevEnd =
            pending.count > stack[top].childrenStart ? pending.last?.range.upperBound : nil
          let range = byteRange(child, children: nil, previousEnd: prevEnd)
          pending.append(Pending(node: child, range: range, firstChild: 0, childCount: 0))
        }
        continue
      }
      let frame = stack.removeLast()
      let start = frame.childrenStart
      let childSpan =
        pending.count > start
        ? (pending[start].range.lowerBound, pending[pending.count - 1].range.upperBound) : nil
      var prevEnd: Int?
      if let parent = stack.last, start > parent.childrenStart {
        prevEnd = pending[start - 1].range.upperBound
      }
      let range = byteRange(frame.node, children: childSpan, previousEnd: prevEnd)
      // The children, side by side.
      let first = Int32(records.count)
      for j in start..<pending.count {
        let p = pending[j]
        records.append(
          record(p.node, range: p.range, firstChild: p.firstChild, count: p.childCount))
      }
      let count = Int32(pending.count - start)
      pending.removeSubrange(start...)
      if stack.isEmpty {
        records.append(record(frame.node, range: range, firstChild: first, count: count))
        return MarkupNode(
          tree: MarkupTree(records: records, literals: tree.literals),
          index: Int32(records.count - 1))
      }
      pending.append(Pending(node: frame.node, range: range, firstChild: first, childCount: count))
    }
  }

  /// The file offset of a cmark line and byte column, clamped to the line.
  private func offset(line: Int32, column: Int32, end: Bool) -> Int {
    let l = min(max(Int(line), 1), file.lineStarts.count)
    let range = file.lineByteRange(l)
    let x = map.bufferOffset(line: Int(line), column: Int(column) + (end ? 1 : 0))
    return min(max(map.fileOffset(buffer: x), range.lowerBound), range.upperBound)
  }

  /// The byte range of working node `i`: its own span, or else the span of
  /// its children (`(first start, last end)`), starting no earlier than where
  /// the previous sibling ends.
  private func byteRange(_ i: Int32, children: (Int, Int)?, previousEnd: Int?) -> Range<Int> {
    let k = Int(i)
    if tree.nodes[k].type.rawValue >= NodeType.text.rawValue, tree.nodes[k].byteStart >= 0 {
      let start = map.fileOffset(buffer: Int(tree.nodes[k].byteStart))
      return start..<max(start, map.fileOffset(buffer: Int(tree.nodes[k].byteEnd)))
    } else if tree.nodes[k].startLine > 0 {
      let a =
        tree.nodes[k].byteStart >= 0
        ? map.fileOffset(buffer: Int(tree.nodes[k].byteStart))
        : offset(line: tree.nodes[k].startLine, column: tree.nodes[k].startColumn, end: false)
      let b =
        tree.nodes[k].byteEnd >= 0
        ? map.fileOffset(buffer: Int(tree.nodes[k].byteEnd))
        : offset(line: tree.nodes[k].endLine, column: tree.nodes[k].endColumn, end: true)
      return a..<max(a, b)
    } else {
      let at = previousEnd ?? children?.0 ?? 0
      return at..<max(at, children?.1 ?? at)
    }
  }

  /// The record of working node `i` with its byte range, cmark position and children.
  private func record(_ i: Int32, range: Range<Int>, firstChild: Int32, count: Int32)
    -> MarkupTree.Record
  {
    let k = Int(i)
    let position = CmarkSourcePosition(
      startLine: Int(tree.nodes[k].startLine), startColumn: Int(tree.nodes[k].startColumn),
      endLine: Int(tree.nodes[k].endLine),
      endColumn: Int(tree.nodes[k].endColumn))
    let type = tree.nodes[k].type
    guard type == .text || type == .code || type == .htmlInline else {
      return MarkupTree.Record(
        kind: kind(k), byteRange: range, position: position, firstChild: firstChild,
        childCount: count)
    }
    // The literal stays bytes until the kind is read.
    var r = MarkupTree.Record(
      kind: type == .text ? .text("") : type == .code ? .code("") : .htmlInline(""),
      byteRange: range, position: position, firstChild: firstChild, childCount: count)
    r.literalStart = tree.nodes[k].literalStart
    r.literalCount = tree.nodes[k].literalCount
    return r
  }

  /// UTF-8 bytes as a String.
  private func string(_ b: some Collection<UInt8>) -> String { String(decoding: b, as: UTF8.self) }

  /// The public kind of working node `k`.
  private func kind(_ k: Int) -> MarkupNode.Kind {
    switch tree.nodes[k].type {
    case .document: return .document
    case .blockQuote: return .blockQuote
    case .list:
      let delimiter: Character =
        tree.nodes[k].listOrdered
        ? (tree.nodes[k].delimiter == 0x29 ? ")" : ".")
        : Character(Unicode.Scalar(tree.nodes[k].bulletChar))
      return .list(
        .init(
          ordered: tree.nodes[k].listOrdered, start: Int(tree.nodes[k].start), delimiter: delimiter,
          tight: tree.nodes[k].tight))
    case .item: return .item
    case .codeBlock:
      return .codeBlock(
        info: string(tree.info(Int32(k))), literal: string(tree.content(Int32(k))),
        fenced: tree.nodes[k].fenced)
    case .htmlBlock: return .htmlBlock(literal: string(tree.content(Int32(k))))
    case .paragraph: return .paragraph
    case .heading: return .heading(level: Int(tree.nodes[k].level), setext: tree.nodes[k].setext)
    case .thematicBreak: return .thematicBreak
    case .table:
      return .table(
        alignments: tree[extra: Int32(k)].alignments.map {
          switch $0 {
          case UInt8(ascii: "l"): .left
          case UInt8(ascii: "c"): .center
          case UInt8(ascii: "r"): .right
          default: .none
          }
        })
    case .tableRow: return tree.nodes[k].isHeader ? .tableHeader : .tableRow
    case .tableCell: return .tableCell
    case .text: return .text(String(decoding: tree.literal(k), as: UTF8.self))
    case .softBreak: return .softBreak
    case .lineBreak: return .lineBreak
    case .code: return .code(String(decoding: tree.literal(k), as: UTF8.self))
    case .htmlInline: return .htmlInline(String(decoding: tree.literal(k), as: UTF8.self))
    case .emphasis: return .emphasis
    case .strong: return .strong
    case .link:
      return .link(destination: string(tree.info(Int32(k))), title: string(tree.title(Int32(k))))
    case .image:
      return .image(destination: string(tree.info(Int32(k))), title: string(tree.title(Int32(k))))
    }
  }
}
