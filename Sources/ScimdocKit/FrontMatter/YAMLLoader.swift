/// Builds a ``YAMLNode`` tree from libyaml's events, within limits.
///
/// The loader is iterative (no recursion), so nesting cannot overflow the
/// stack; it stops at ``Limits/maxDepth`` levels and at ``Limits/maxNodes``
/// nodes counting every alias expansion, so an alias bomb ends in
/// milliseconds. Duplicate keys are errors naming both lines.
public enum YAMLLoader {
  /// Bounds on what one front matter block may hold.
  public struct Limits: Sendable {
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes, counting each alias as the size of what it expands to.
    public var maxNodes: Int

    public init(maxDepth: Int = 200, maxNodes: Int = 100_000) {
      self.maxDepth = maxDepth
      self.maxNodes = maxNodes
    }
  }

  /// Parses bytes `yaml` of `file` (one YAML document) into its root node.
  ///
  /// - Returns: nil when the text holds no document (empty or comments only).
  /// - Throws: ``InputError`` for syntax errors, duplicate keys, undefined
  ///   aliases, more than one document, and exceeded limits.
  public static func load(
    _ file: SourceFile, yaml: Range<Int>, limits: Limits = Limits()
  ) throws(InputError) -> YAMLNode? {
    let parser = YAMLParser(file: file, yaml: yaml)
    var builder = YAMLTreeBuilder(file: file, limits: limits, yamlBytes: yaml.count)
    var documents = 0
    while true {
      let kind = try parser.next()
      switch kind {
      case .streamStart, .documentEnd: continue
      case .streamEnd: return builder.makeRoot()
      case .documentStart:
        documents += 1
        if documents > 1 {
          throw InputError(
            in: file, at: parser.range.start.offset,
            .yaml("front matter holds more than one YAML document"))
        }
      case .scalar:
        try builder.addScalar(
          value: parser.scalarValue, style: parser.scalarStyle, range: parser.range,
          anchor: parser.anchor, tag: parser.tag)
      case .alias:
        try builder.addAlias(parser.aliasName, range: parser.range)
      case .sequenceStart:
        try builder.open(
          mapping: false, flow: parser.isFlow, range: parser.range, anchor: parser.anchor,
          tag: parser.tag)
      case .mappingStart:
        try builder.open(
          mapping: true, flow: parser.isFlow, range: parser.range, anchor: parser.anchor,
          tag: parser.tag)
      case .sequenceEnd, .mappingEnd:
        try builder.close(flowEnd: builder.closesFlow ? parser.range : nil)
      }
    }
  }
}
