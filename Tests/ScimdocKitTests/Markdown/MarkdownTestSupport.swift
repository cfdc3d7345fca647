@testable import ScimdocKit

/// Helpers shared by the Markdown tests.
enum MD {
  /// Parses `text` as a whole page body.
  static func parse(_ text: String) -> (MarkupNode, SourceFile) {
    let file = SourceFile(path: "test.md", text: text)
    return (MarkdownParser.parse(file), file)
  }

  /// `Kind @l:c-l:c` for every node below the document, in document order.
  static func outline(_ text: String) -> [String] {
    let (doc, file) = parse(text)
    var out: [String] = []
    doc.walk { node in
      guard node != doc else { return }
      let line = TreeDumper.line(for: node, in: file)
      // Keep the kind and range only.
      let parts = line.split(separator: " ", maxSplits: 2)
      out.append(parts.prefix(2).joined(separator: " "))
    }
    return out
  }

  /// The first node of the tree matching `predicate`.
  static func first(_ doc: MarkupNode, where predicate: (MarkupNode) -> Bool) -> MarkupNode? {
    var found: MarkupNode? = nil
    doc.walk { node in if found == nil, predicate(node) { found = node } }
    return found
  }

  /// All nodes of the tree matching `predicate`.
  static func all(_ doc: MarkupNode, where predicate: (MarkupNode) -> Bool) -> [MarkupNode] {
    var out: [MarkupNode] = []
    doc.walk { node in if predicate(node) { out.append(node) } }
    return out
  }
}
