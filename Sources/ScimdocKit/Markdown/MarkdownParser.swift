/// Parses CommonMark with GFM tables into a ``MarkupNode`` tree.
public enum MarkdownParser {
  /// Parses the body of `file` starting at byte `bodyStart` (the first byte
  /// after the front matter). Lines before `bodyStart` are treated as blank, so
  /// every range is in the file's own line numbers.
  public static func parse(_ file: SourceFile, bodyStart: Int = 0) -> MarkupNode {
    // Placeholder until the block and inline parsers land.
    MarkupNode(kind: .document, byteRange: bodyStart..<file.bytes.count)
  }
}
