/// A parsed documentation page: typed front matter and a Markdown tree.
public struct Page: Sendable {
  public let source: SourceFile
  /// Nil when the page has no front matter block.
  public let frontMatter: FrontMatter?
  public let document: MarkupNode
  public let headings: [HeadingInfo]
  /// The first byte of the Markdown body (0 without front matter).
  public let bodyStart: Int

  public init(
    source: SourceFile, frontMatter: FrontMatter?, document: MarkupNode, headings: [HeadingInfo],
    bodyStart: Int = 0
  ) {
    self.source = source
    self.frontMatter = frontMatter
    self.document = document
    self.headings = headings
    self.bodyStart = bodyStart
  }

  /// The YAML root of the front matter, if the page has one.
  public var yaml: YAMLNode? { frontMatter?.yaml }

  /// The front matter block from the opening to the closing `---`.
  public var frontMatterRange: SourceRange? { frontMatter?.range }
}
