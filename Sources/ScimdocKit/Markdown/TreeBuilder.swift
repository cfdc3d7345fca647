/// Turns the working tree into ``MarkupNode`` values: merges adjacent text
/// nodes as cmark does, bounds the depth, and computes byte ranges.
struct TreeBuilder {
  var tree: ParseTree
  let file: SourceFile
  /// Deeper inline containers are flattened into their ancestor.
  static let maxDepth = 240

  /// cmark's `cmark_consolidate_text_nodes`.
  mutating func mergeTexts() {
    for i in 0..<tree.nodes.count {
      guard tree.nodes[i].type == .text, tree.nodes[i].parent >= 0 else { continue }
      var next = tree.nodes[i].next
      while next >= 0, tree.nodes[Int(next)].type == .text {
        tree.nodes[i].content.append(contentsOf: tree.nodes[Int(next)].content)
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
    var children: [MarkupNode]
  }

  mutating func build(root: Int32) -> MarkupNode {
    var stack = [Frame(node: root, next: tree.nodes[Int(root)].firstChild, children: [])]
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
            stack.append(Frame(node: child, next: tree.nodes[c].firstChild, children: []))
          }
        } else {
          let prevEnd = stack[top].children.last?.byteRange.upperBound
          stack[top].children.append(makeNode(child, children: [], previousEnd: prevEnd))
        }
        continue
      }
      let frame = stack.removeLast()
      let prevEnd = stack.last?.children.last?.byteRange.upperBound
      let node = makeNode(frame.node, children: frame.children, previousEnd: prevEnd)
      if stack.isEmpty { return node }
      stack[stack.count - 1].children.append(node)
    }
  }

  private func offset(line: Int32, column: Int32, end: Bool) -> Int {
    let lines = file.lineStarts
    let l = min(max(Int(line), 1), lines.count)
    let range = file.lineByteRange(l)
    let raw = range.lowerBound + Int(column) - (end ? 0 : 1)
    return min(max(raw, range.lowerBound), range.upperBound)
  }

  private func makeNode(_ i: Int32, children: [MarkupNode], previousEnd: Int?) -> MarkupNode {
    let n = tree.nodes[Int(i)]
    var range: Range<Int>
    if n.type.rawValue >= NodeType.text.rawValue, n.byteStart >= 0 {
      range = Int(n.byteStart)..<max(Int(n.byteStart), Int(n.byteEnd))
    } else if n.startLine > 0 {
      let a = offset(line: n.startLine, column: n.startColumn, end: false)
      let b =
        n.byteEnd >= 0 ? Int(n.byteEnd) : offset(line: n.endLine, column: n.endColumn, end: true)
      range = a..<max(a, b)
    } else {
      let at = previousEnd ?? children.first?.byteRange.lowerBound ?? 0
      range = at..<max(at, children.last?.byteRange.upperBound ?? at)
    }
    let position = CmarkSourcePosition(
      startLine: Int(n.startLine), startColumn: Int(n.startColumn), endLine: Int(n.endLine),
      endColumn: Int(n.endColumn))
    return MarkupNode(kind: kind(n), byteRange: range, children: children, sourcePosition: position)
  }

  private func string(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

  private func kind(_ n: NodeData) -> MarkupNode.Kind {
    switch n.type {
    case .document: return .document
    case .blockQuote: return .blockQuote
    case .list:
      let delimiter: Character =
        n.listOrdered ? (n.delimiter == 0x29 ? ")" : ".") : Character(Unicode.Scalar(n.bulletChar))
      return .list(
        .init(ordered: n.listOrdered, start: Int(n.start), delimiter: delimiter, tight: n.tight))
    case .item: return .item
    case .codeBlock:
      return .codeBlock(info: string(n.info), literal: string(n.content), fenced: n.fenced)
    case .htmlBlock: return .htmlBlock(literal: string(n.content))
    case .paragraph: return .paragraph
    case .heading: return .heading(level: Int(n.level), setext: n.setext)
    case .thematicBreak: return .thematicBreak
    case .table:
      return .table(
        alignments: n.alignments.map {
          switch $0 {
          case UInt8(ascii: "l"): .left
          case UInt8(ascii: "c"): .center
          case UInt8(ascii: "r"): .right
          default: .none
          }
        })
    case .tableRow: return n.isHeader ? .tableHeader : .tableRow
    case .tableCell: return .tableCell
    case .text: return .text(string(n.content))
    case .softBreak: return .softBreak
    case .lineBreak: return .lineBreak
    case .code: return .code(string(n.content))
    case .htmlInline: return .htmlInline(string(n.content))
    case .emphasis: return .emphasis
    case .strong: return .strong
    case .link: return .link(destination: string(n.info), title: string(n.title))
    case .image: return .image(destination: string(n.info), title: string(n.title))
    }
  }
}
