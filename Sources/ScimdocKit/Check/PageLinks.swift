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
    links(in: document, contentsList: contentsList(in: document))
  }

  /// ``links(in:)`` where the "Contents" list is known already.
  static func links(in document: MarkupNode, contentsList: MarkupNode?) -> [PageLink] {
    let contents = contentsList?.index ?? -1
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
    contents(in: document) { $0.plainText }?.list
  }

  /// The "Contents" list and its heading, for a page whose headings (all of
  /// them, in order, as ``Anchors/headings(in:file:)`` lists them) are known:
  /// their texts are not made again.
  static func contents(in document: MarkupNode, headings: [HeadingInfo]) -> (
    heading: MarkupNode, list: MarkupNode
  )? {
    var next = 0
    return contents(in: document) { block in
      // Top-level headings come in document order among all the headings.
      let start = block.byteRange.lowerBound
      while next < headings.count, headings[next].byteRange.lowerBound < start { next += 1 }
      return next < headings.count && headings[next].byteRange.lowerBound == start
        ? headings[next].text : block.plainText
    }
  }

  /// The first top-level heading whose text (from `text`) names a contents
  /// list, with the list that follows it (past any HTML blocks).
  private static func contents(in document: MarkupNode, text: (MarkupNode) -> String) -> (
    heading: MarkupNode, list: MarkupNode
  )? {
    let blocks = document.children
    for (i, block) in blocks.enumerated() where block.kinds == .heading {
      let title = TextSearch.trimmed(text(block)).lowercased()
      guard title == "contents" || title == "table of contents" || title == "on this page" else {
        continue
      }
      var j = i + 1
      while j < blocks.count {
        if blocks[j].kinds == .list { return (block, blocks[j]) }
        if blocks[j].kinds == .htmlBlock {
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
    contents(in: document) { $0.plainText }?.heading
  }
}
