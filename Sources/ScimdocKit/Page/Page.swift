/// A parsed documentation page: typed front matter and a Markdown tree.
public struct Page: Sendable {
  public let source: SourceFile
  /// Nil when the page has no front matter block.
  public let frontMatter: FrontMatter?
  public let document: MarkupNode
  public let headings: [HeadingInfo]

  public init(
    source: SourceFile, frontMatter: FrontMatter?, document: MarkupNode, headings: [HeadingInfo]
  ) {
    self.source = source
    self.frontMatter = frontMatter
    self.document = document
    self.headings = headings
  }
}

/// A heading with its GitHub-style anchor.
public struct HeadingInfo: Sendable, Equatable {
  public var level: Int
  public var text: String
  public var anchor: String
  public var byteRange: Range<Int>

  public init(level: Int, text: String, anchor: String, byteRange: Range<Int>) {
    self.level = level
    self.text = text
    self.anchor = anchor
    self.byteRange = byteRange
  }
}
