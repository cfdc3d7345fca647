/// Parses CommonMark with GFM tables into a ``MarkupNode`` tree.
///
/// A port of cmark-gfm's algorithm working on bytes: linear in the input,
/// with bounded nesting, and cmark's source positions kept on every node
/// (see ``MarkupNode/sourcePosition``).
public enum MarkdownParser {
  /// Parses the body of `file` starting at byte `bodyStart` (the first byte
  /// after the front matter). Lines before `bodyStart` are treated as blank, so
  /// every range is in the file's own line numbers.
  public static func parse(_ file: SourceFile, bodyStart: Int = 0) -> MarkupNode {
    var blocks = BlockParser(bytes: file.bytes, bom: file.hadBOM)
    blocks.run(bodyStart: bodyStart)
    var inlines = InlineParser(tree: blocks.tree, refs: blocks.refs)
    blocks.tree = ParseTree()
    inlines.processAll()
    var builder = TreeBuilder(tree: inlines.tree, file: file, map: blocks.map)
    inlines.tree = ParseTree()
    builder.mergeTexts()
    return builder.build(root: blocks.root)
  }
}
