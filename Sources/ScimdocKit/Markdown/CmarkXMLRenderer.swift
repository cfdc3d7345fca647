/// Renders a tree as `cmark-gfm -t xml --sourcepos -e table` does.
public enum CmarkXMLRenderer {
  /// The XML text, ending in a newline.
  public static func render(_ document: MarkupNode, in file: SourceFile) -> String {
    var out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE document SYSTEM \"CommonMark.dtd\">\n"
    // (node, depth, entering, alignment of the cell)
    var stack: [(MarkupNode, Int, Bool, MarkupNode.TableAlignment?)] = [(document, 0, true, nil)]
    while let (node, depth, entering, align) = stack.popLast() {
      let name = typeName(node)
      if !entering {
        out += String(repeating: " ", count: depth * 2) + "</\(name)>\n"
        continue
      }
      out += String(repeating: " ", count: depth * 2) + "<" + name
      out += sourcePos(node, file)
      if let align {
        switch align {
        case .left: out += " align=\"left\""
        case .center: out += " align=\"center\""
        case .right: out += " align=\"right\""
        case .none: break
        }
      }
      var literal: String? = nil
      switch node.kind {
      case .document: out += " xmlns=\"http://commonmark.org/xml/1.0\""
      case .text(let s), .code(let s), .htmlBlock(let s), .htmlInline(let s): literal = s
      case .list(let info):
        if info.ordered {
          out += " type=\"ordered\" start=\"\(info.start)\""
          out += info.delimiter == ")" ? " delim=\"paren\"" : " delim=\"period\""
        } else {
          out += " type=\"bullet\""
        }
        out += " tight=\"\(info.tight)\""
      case .heading(let level, _): out += " level=\"\(level)\""
      case .codeBlock(let info, let s, _):
        if !info.isEmpty { out += " info=\"\(escape(info))\"" }
        literal = s
      case .link(let d, let t), .image(let d, let t):
        out += " destination=\"\(escape(d))\" title=\"\(escape(t))\""
      default: break
      }
      if let literal {
        out += " xml:space=\"preserve\">" + escape(literal) + "</\(name)>\n"
        continue
      }
      if node.children.isEmpty {
        out += " />\n"
        continue
      }
      out += ">\n"
      stack.append((node, depth, false, nil))
      var alignments: [MarkupNode.TableAlignment] = []
      if case .tableHeader = node.kind, let table = tableAlignments(of: node, in: document) {
        alignments = table
      }
      for (i, child) in node.children.enumerated().reversed() {
        stack.append((child, depth + 1, true, i < alignments.count ? alignments[i] : nil))
      }
    }
    return out
  }

  /// Header cells show their column's alignment; the renderer finds the table above.
  private static func tableAlignments(of header: MarkupNode, in document: MarkupNode) -> [MarkupNode
    .TableAlignment]?
  {
    var found: [MarkupNode.TableAlignment]? = nil
    var stack: [MarkupNode] = [document]
    while let n = stack.popLast(), found == nil {
      if case .table(let a) = n.kind, n.children.contains(where: { $0 === header }) {
        found = a
      } else if n.isBlock {
        stack.append(contentsOf: n.children)
      }
    }
    return found
  }

  /// The ` sourcepos` attribute of a node.
  private static func sourcePos(_ node: MarkupNode, _ file: SourceFile) -> String {
    if let p = node.sourcePosition {
      guard p.startLine != 0 else { return "" }
      return " sourcepos=\"\(p.startLine):\(p.startColumn)-\(p.endLine):\(p.endColumn)\""
    }
    switch node.kind {
    case .softBreak, .lineBreak: return ""
    default: break
    }
    let r = file.range(node.byteRange)
    return
      " sourcepos=\"\(r.start.line):\(file.byteColumn(of: r.start))-\(r.end.line):\(file.byteColumn(of: r.end))\""
  }

  /// The XML element name of a node.
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
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
