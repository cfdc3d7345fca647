import Foundation

/// A link found in a page, with where it is.
public struct PageLink: Codable, Sendable, Hashable {
  public var destination: String
  public var byteRange: Range<Int>
  /// True when the link sits in the page's "Contents" list.
  public var inContents: Bool

  public init(destination: String, byteRange: Range<Int>, inContents: Bool) {
    self.destination = destination
    self.byteRange = byteRange
    self.inContents = inContents
  }
}

/// Collects links and the "Contents" section from a Markdown tree.
public enum PageLinks {
  /// Every inline link in `document`, in order, marking those in "Contents".
  public static func links(in document: MarkupNode) -> [PageLink] {
    let contents = contentsList(in: document)
    var out: [PageLink] = []
    var stack: [(MarkupNode, Bool)] = [(document, false)]
    while let (node, inContents) = stack.popLast() {
      let inside = inContents || node === contents
      if case .link(let destination, _) = node.kind {
        out.append(
          PageLink(destination: destination, byteRange: node.byteRange, inContents: inside))
      }
      for child in node.children.reversed() { stack.append((child, inside)) }
    }
    return out
  }

  /// The list right after a heading named "Contents" (or "Table of contents").
  public static func contentsList(in document: MarkupNode) -> MarkupNode? {
    let blocks = document.children
    for (i, block) in blocks.enumerated() {
      guard case .heading = block.kind else { continue }
      let title = block.plainText.trimmingCharacters(in: .whitespaces).lowercased()
      guard title == "contents" || title == "table of contents" || title == "on this page" else {
        continue
      }
      var j = i + 1
      while j < blocks.count {
        if case .list = blocks[j].kind { return blocks[j] }
        if case .htmlBlock = blocks[j].kind {
          j += 1
          continue
        }
        break
      }
    }
    return nil
  }

  /// The heading that introduces the "Contents" list, if any.
  public static func contentsHeading(in document: MarkupNode) -> MarkupNode? {
    guard let list = contentsList(in: document) else { return nil }
    var previous: MarkupNode?
    for block in document.children {
      if block === list { return previous }
      if case .heading = block.kind { previous = block }
    }
    return nil
  }
}
