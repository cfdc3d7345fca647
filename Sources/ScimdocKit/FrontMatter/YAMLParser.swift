internal import CYaml

/// The one seam to libyaml: reads parse events over a page's YAML text.
///
/// Owns a `yaml_parser_t` and a copy of the input (libyaml keeps a pointer to
/// it) and frees both in `deinit`. Marks become page locations and libyaml
/// errors become ``InputError`` values right here.
final class YAMLParser {
  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let input: UnsafeMutableBufferPointer<UInt8>
  private var locator: MarkLocator
  private let file: SourceFile

  /// Prepares to parse bytes `yaml` of `file`.
  init(file: SourceFile, yaml: Range<Int>) {
    self.file = file
    self.locator = MarkLocator(file: file, yaml: yaml)
    input = .allocate(capacity: max(yaml.count, 1))
    _ = input.initialize(from: file.bytes[yaml])
    parser = .allocate(capacity: 1)
    yaml_parser_initialize(parser)
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, input.baseAddress, yaml.count)
  }

  deinit {
    yaml_parser_delete(parser)
    parser.deallocate()
    input.deallocate()
  }

  /// The next event of the stream.
  ///
  /// - Throws: ``InputError`` with libyaml's problem at its position.
  func next() throws(InputError) -> YAMLEvent {
    var event = yaml_event_t()
    guard yaml_parser_parse(parser, &event) == 1 else { throw currentError() }
    defer { yaml_event_delete(&event) }
    let start = locator.offset(ofScalar: Int(event.start_mark.index))
    let end = locator.offset(ofScalar: Int(event.end_mark.index))
    return YAMLEvent(kind: Self.kind(of: &event), range: locator.range(from: start, to: end))
  }

  /// The page location of byte `offset`, for positions the tree builder makes.
  func location(at offset: Int) -> SourceLocation { locator.location(at: offset) }

  private static func kind(of event: inout yaml_event_t) -> YAMLEvent.Kind {
    switch event.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_DOCUMENT_START_EVENT: return .documentStart
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_ALIAS_EVENT: return .alias(anchor: string(event.data.alias.anchor) ?? "")
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let value = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      return .scalar(
        value: value, style: style(scalar.style), anchor: string(scalar.anchor),
        tag: string(scalar.tag))
    case YAML_SEQUENCE_START_EVENT:
      let start = event.data.sequence_start
      return .sequenceStart(
        anchor: string(start.anchor), tag: string(start.tag),
        flow: start.style == YAML_FLOW_SEQUENCE_STYLE)
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_START_EVENT:
      let start = event.data.mapping_start
      return .mappingStart(
        anchor: string(start.anchor), tag: string(start.tag),
        flow: start.style == YAML_FLOW_MAPPING_STYLE)
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    default: return .streamEnd
    }
  }

  private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  /// libyaml's error as an ``InputError`` at the problem's position.
  private func currentError() -> InputError {
    let state = parser.pointee
    let problem = state.problem.map { String(cString: $0) } ?? "cannot parse the front matter"
    var text = problem
    if state.error == YAML_READER_ERROR {
      let offset = locator.yaml.lowerBound + state.problem_offset
      if state.problem_value >= 0 { text += " (#x\(String(state.problem_value, radix: 16)))" }
      return InputError(in: file, at: offset, .yaml(text))
    }
    let at = locator.offset(ofScalar: state.problem_mark.index)
    if let context = state.context.map({ String(cString: $0) }) {
      let contextAt = locator.location(
        at: locator.offset(ofScalar: state.context_mark.index))
      text += " (\(context) at line \(contextAt.line), column \(contextAt.column))"
    }
    if at < file.bytes.count, file.bytes[at] == 0x09 {
      text += " (a tab cannot indent YAML; use spaces)"
    }
    if state.error == YAML_MEMORY_ERROR {
      return InputError(path: file.path, location: nil, message: .yaml(text), lineText: nil)
    }
    return InputError(in: file, at: at, .yaml(text))
  }
}
