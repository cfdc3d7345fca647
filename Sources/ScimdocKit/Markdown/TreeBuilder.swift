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
    let k = Int(i)
    var range: Range<Int>
    if tree.nodes[k].type.rawValue >= NodeType.text.rawValue, tree.nodes[k].byteStart >= 0 {
      range =
        Int(tree.nodes[k].byteStart)..<max(Int(tree.nodes[k].byteStart), Int(tree.nodes[k].byteEnd))
    } else if tree.nodes[k].startLine > 0 {
      let a = offset(line: tree.nodes[k].startLine, column: tree.nodes[k].startColumn, end: false)
      let b =
        tree.nodes[k].byteEnd >= 0
        ? Int(tree.nodes[k].byteEnd)
        : offset(line: tree.nodes[k].endLine, column: tree.nodes[k].endColumn, end: true)
      range = a..<max(a, b)
    } else {
      let at = previousEnd ?? children.first?.byteRange.lowerBound ?? 0
      range = at..<max(at, children.last?.byteRange.upperBound ?? at)
    }
    let position = CmarkSourcePosition(
      startLine: Int(tree.nodes[k].startLine), startColumn: Int(tree.nodes[k].startColumn),
      endLine: Int(tree.nodes[k].endLine),
      endColumn: Int(tree.nodes[k].endColumn))
    return MarkupNode(kind: kind(k), byteRange: range, children: children, sourcePosition: position)
  }

  private func string(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

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
        info: string(tree.nodes[k].info), literal: string(tree.nodes[k].content),
        fenced: tree.nodes[k].fenced)
    case .htmlBlock: return .htmlBlock(literal: string(tree.nodes[k].content))
    case .paragraph: return .paragraph
    case .heading: return .heading(level: Int(tree.nodes[k].level), setext: tree.nodes[k].setext)
    case .thematicBreak: return .thematicBreak
    case .table:
      return .table(
        alignments: tree.nodes[k].alignments.map {
          switch $0 {
          case UInt8(ascii: "l"): .left
          case UInt8(ascii: "c"): .center
          case UInt8(ascii: "r"): .right
          default: .none
          }
        })
    case .tableRow: return tree.nodes[k].isHeader ? .tableHeader : .tableRow
    case .tableCell: return .tableCell
    case .text: return .text(string(tree.nodes[k].content))
    case .softBreak: return .softBreak
    case .lineBreak: return .lineBreak
    case .code: return .code(string(tree.nodes[k].content))
    case .htmlInline: return .htmlInline(string(tree.nodes[k].content))
    case .emphasis: return .emphasis
    case .strong: return .strong
    case .link:
      return .link(destination: string(tree.nodes[k].info), title: string(tree.nodes[k].title))
    case .image:
      return .image(destination: string(tree.nodes[k].info), title: string(tree.nodes[k].title))
    }
  }
}
