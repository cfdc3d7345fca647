/// Prints a page as a readable tree with ranges.
public enum TreeDumper {
  /// `Heading @11:1-11:28 level 2 "Enabling SCIM in Azure AD"`, indented.
  public static func dump(_ page: Page) -> String {
    dumpMarkdown(page.document, in: page.source)
  }

  /// The Markdown tree alone, one node a line, two spaces of indent per depth.
  public static func dumpMarkdown(_ node: MarkupNode, in file: SourceFile) -> String {
    var out = ""
    var stack: [(MarkupNode, Int)] = [(node, 0)]
    while let (n, depth) = stack.popLast() {
      out += String(repeating: "  ", count: depth)
      out += line(for: n, in: file)
      out += "\n"
      for child in n.children.reversed() { stack.append((child, depth + 1)) }
    }
    return out
  }

  /// One node's line: kind, range, then its data.
  static func line(for node: MarkupNode, in file: SourceFile) -> String {
    let at = "@" + file.range(node.byteRange).description
    switch node.kind {
    case .document: return "Document \(at)"
    case .blockQuote: return "BlockQuote \(at)"
    case .list(let info):
      let kind = info.ordered ? "ordered start \(info.start)" : "bullet"
      return "List \(at) \(kind) \(info.tight ? "tight" : "loose")"
    case .item: return "Item \(at)"
    case .codeBlock(let info, let literal, let fenced):
      let kind = fenced ? "fenced" : "indented"
      let infoText = info.isEmpty ? "" : " info \(quote(info))"
      return "CodeBlock \(at) \(kind)\(infoText) \(quote(literal))"
    case .htmlBlock(let literal): return "HTMLBlock \(at) \(quote(literal))"
    case .paragraph: return "Paragraph \(at)"
    case .heading(let level, let setext):
      return "Heading \(at) level \(level)\(setext ? " setext" : "") \(quote(node.plainText))"
    case .thematicBreak: return "ThematicBreak \(at)"
    case .table(let alignments):
      return
        "Table \(at) columns \(alignments.count) [\(alignments.map { "\($0)" }.joined(separator: ", "))]"
    case .tableHeader: return "TableHeader \(at)"
    case .tableRow: return "TableRow \(at)"
    case .tableCell: return "TableCell \(at)"
    case .text(let s): return "Text \(at) \(quote(s))"
    case .softBreak: return "SoftBreak \(at)"
    case .lineBreak: return "LineBreak \(at)"
    case .code(let s): return "Code \(at) \(quote(s))"
    case .htmlInline(let s): return "HTMLInline \(at) \(quote(s))"
    case .emphasis: return "Emphasis \(at)"
    case .strong: return "Strong \(at)"
    case .strikethrough: return "Strikethrough \(at)"
    case .link(let d, let t):
      return "Link \(at) \(quote(d))\(t.isEmpty ? "" : " title \(quote(t))")"
    case .image(let d, let t):
      return "Image \(at) \(quote(d))\(t.isEmpty ? "" : " title \(quote(t))")"
    }
  }

  /// A double-quoted string with `\n`, `\r`, `\t`, `\"` and `\\` escaped, as
  /// front matter is dumped (``FrontMatterDumper/quoted(_:)``).
  static func quote(_ s: String) -> String { FrontMatterDumper.quoted(s) }
}
