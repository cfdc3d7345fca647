/// Renders a tree as `cmark-gfm -t xml --sourcepos -e table` does.
public enum CmarkXMLRenderer {
  /// One step of the iterative walk.
  private struct Step {
    var node: MarkupNode
    var depth: Int
    var entering: Bool
    /// Column alignments: of the table for a header row, of the column for a header cell.
    var alignments: [MarkupNode.TableAlignment]
  }

  /// The XML text, ending in a newline.
  public static func render(_ document: MarkupNode, in file: SourceFile) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(file.bytes.count * 4)
    put(
      &out,
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE document SYSTEM \"CommonMark.dtd\">\n")
    var stack = [Step(node: document, depth: 0, entering: true, alignments: [])]
    while let step = stack.popLast() {
      let node = step.node
      let name = typeName(node)
      out.append(contentsOf: repeatElement(0x20, count: step.depth * 2))
      if !step.entering {
        put(&out, "</")
        put(&out, name)
        put(&out, ">\n")
        continue
      }
      out.append(UInt8(ascii: "<"))
      put(&out, name)
      sourcePos(node, file, &out)
      if case .tableCell = node.kind, let align = step.alignments.first {
        switch align {
        case .left: put(&out, " align=\"left\"")
        case .center: put(&out, " align=\"center\"")
        case .right: put(&out, " align=\"right\"")
        case .none: break
        }
      }
      var literal: String? = nil
      switch node.kind {
      case .document: put(&out, " xmlns=\"http://commonmark.org/xml/1.0\"")
      case .text(let s), .code(let s), .htmlBlock(let s), .htmlInline(let s): literal = s
      case .list(let info):
        if info.ordered {
          put(&out, " type=\"ordered\" start=\"\(info.start)\"")
          put(&out, info.delimiter == ")" ? " delim=\"paren\"" : " delim=\"period\"")
        } else {
          put(&out, " type=\"bullet\"")
        }
        put(&out, info.tight ? " tight=\"true\"" : " tight=\"false\"")
      case .heading(let level, _): put(&out, " level=\"\(level)\"")
      case .codeBlock(let info, let s, _):
        if !info.isEmpty {
          put(&out, " info=\"")
          escape(info, &out)
          put(&out, "\"")
        }
        literal = s
      case .link(let d, let t), .image(let d, let t):
        put(&out, " destination=\"")
        escape(d, &out)
        put(&out, "\" title=\"")
        escape(t, &out)
        put(&out, "\"")
      default: break
      }
      if let literal {
        put(&out, " xml:space=\"preserve\">")
        escape(literal, &out)
        put(&out, "</")
        put(&out, name)
        put(&out, ">\n")
        continue
      }
      if node.children.isEmpty {
        put(&out, " />\n")
        continue
      }
      put(&out, ">\n")
      stack.append(Step(node: node, depth: step.depth, entering: false, alignments: []))
      var alignments: [MarkupNode.TableAlignment] = []
      if case .table(let a) = node.kind { alignments = a }
      for (i, child) in node.children.enumerated().reversed() {
        var childAlignments: [MarkupNode.TableAlignment] = []
        if case .tableHeader = child.kind {
          childAlignments = alignments
        } else if case .tableHeader = node.kind, i < step.alignments.count {
          childAlignments = [step.alignments[i]]
        }
        stack.append(
          Step(node: child, depth: step.depth + 1, entering: true, alignments: childAlignments))
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func put(_ out: inout [UInt8], _ s: String) { out.append(contentsOf: s.utf8) }

  /// Appends the decimal digits of `n`.
  private static func number(_ n: Int, _ out: inout [UInt8]) {
    if n < 0 { out.append(UInt8(ascii: "-")) }
    var v = n.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    )
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buf in
      repeat {
        buf[count] = UInt8(v % 10) + 0x30
        v /= 10
        count += 1
      } while v > 0 && count < 10
      for i in stride(from: count - 1, through: 0, by: -1) { out.append(buf[i]) }
    }
  }

  /// The ` sourcepos` attribute of a node.
  private static func sourcePos(_ node: MarkupNode, _ file: SourceFile, _ out: inout [UInt8]) {
    if let p = node.sourcePosition {
      guard p.startLine != 0 else { return }
      put(&out, " sourcepos=\"")
      number(p.startLine, &out)
      out.append(UInt8(ascii: ":"))
      number(p.startColumn, &out)
      out.append(UInt8(ascii: "-"))
      number(p.endLine, &out)
      out.append(UInt8(ascii: ":"))
      number(p.endColumn, &out)
      out.append(UInt8(ascii: "\""))
      return
    }
    switch node.kind {
    case .softBreak, .lineBreak: return
    default: break
    }
    let r = file.range(node.byteRange)
    put(
      &out,
      " sourcepos=\"\(r.start.line):\(file.byteColumn(of: r.start))-\(r.end.line):\(file.byteColumn(of: r.end))\""
    )
  }

  static func typeName(_ node: MarkupNode) -> String {
    switch node.kind {
    case .document: "document"
    case .blockQuote: "block_quote"
    case .list: "list"
    case .item: "item"
    case .codeBlock: "code_block"
    case .htmlBlock: "html_block"
    case .paragraph: "paragraph"
    case .heading: "heading"
    case .thematicBreak: "thematic_break"
    case .table: "table"
    case .tableHeader: "table_header"
    case .tableRow: "table_row"
    case .tableCell: "table_cell"
    case .text: "text"
    case .softBreak: "softbreak"
    case .lineBreak: "linebreak"
    case .code: "code"
    case .htmlInline: "html_inline"
    case .emphasis: "emph"
    case .strong: "strong"
    case .strikethrough: "strikethrough"
    case .link: "link"
    case .image: "image"
    }
  }

  /// Escapes `&`, `<`, `>` and `"` as cmark's XML writer does.
  static func escape(_ s: String, _ out: inout [UInt8]) {
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
      default: out.append(b)
      }
    }
  }
}
