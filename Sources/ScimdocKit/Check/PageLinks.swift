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
    let contents = contentsList(in: document)?.index ?? -1
    let records = document.tree.records
    var out: [PageLink] = []
    // Node indices with whether they sit in the Contents list.
    var stack: [(Int32, Bool)] = [(document.index, false)]
    while let (i, inContents) = stack.popLast() {
      let k = Int(i)
      let inside = inContents || i == contents
      if records[k].kinds == .link, case .link(let destination, _) = records[k].kind {
        out.append(
          PageLink(destination: destination, byteRange: records[k].byteRange, inContents: inside))
      }
      let first = records[k].firstChild
      var c = first + records[k].childCount
      while c > first {
        c -= 1
        stack.append((c, inside))
      }
    }
    return out
  }

  /// The list right after a heading named "Contents" (or "Table of contents").
  public static func contentsList(in document: MarkupNode) -> MarkupNode? {
    let blocks = document.children
    for (i, block) in blocks.enumerated() {
      guard case .heading = block.kind else { continue }
      let title = TextSearch.trimmed(block.plainText).lowercased()
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
      if block == list { return previous }
      if case .heading = block.kind { previous = block }
    }
    return nil
  }
}
