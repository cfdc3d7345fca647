/// Prints a page as a readable tree with ranges.
public enum TreeDumper {
  /// `Heading @11:1-11:28 level 2 "Enabling SCIM in Azure AD"`, indented.
  public static func dump(_ page: Page) -> String {
    var out = ""
    dump(page.document, in: page.source, depth: 0, into: &out)
    return out
  }

  static func dump(_ node: MarkupNode, in file: SourceFile, depth: Int, into out: inout String) {
    out += String(repeating: "  ", count: depth)
    out += "\(node.kind) @\(file.range(node.byteRange).description)\n"
    for child in node.children { dump(child, in: file, depth: depth + 1, into: &out) }
  }
}
