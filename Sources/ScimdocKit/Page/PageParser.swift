/// Turns a source file into a ``Page``: front matter, Markdown and headings.
public enum PageParser {
  /// Parses `file`: split the front matter, load its YAML, type its fields,
  /// then parse the Markdown body and collect the headings.
  ///
  /// - Throws: ``InputError`` for front matter that cannot be read at all (an
  ///   unclosed block, a YAML error, a duplicate key, an exceeded limit, an
  ///   impossible date). Oddities that do not stop reading go into
  ///   ``FrontMatter/issues``.
  public static func parse(
    _ file: SourceFile, limits: YAMLLoader.Limits = YAMLLoader.Limits()
  ) throws(InputError) -> Page {
    var frontMatter: FrontMatter?
    var bodyStart = 0
    if let split = try FrontMatterSplitter.split(file) {
      let root = try YAMLLoader.load(file, yaml: split.yamlBytes, limits: limits)
      frontMatter = try FrontMatterReader.read(root, range: split.range, in: file)
      bodyStart = split.bodyStart
    }
    let document = MarkdownParser.parse(file, bodyStart: bodyStart)
    let headings = Anchors.headings(in: document, file: file)
    return Page(
      source: file, frontMatter: frontMatter, document: document, headings: headings,
      bodyStart: bodyStart)
  }
}
