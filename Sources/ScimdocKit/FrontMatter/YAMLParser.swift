internal import CYaml

/// The one seam to libyaml: reads parse events over a page's YAML text.
///
/// Owns a `yaml_parser_t` and a copy of the input (libyaml keeps a pointer to
/// it) and frees both in `deinit`. Marks become page locations and libyaml
/// errors become ``InputError`` values right here.
///
/// ``next()`` gives only the kind of the next event; its range, scalar text,
/// anchor and tag are read from the parser while that event is current, so
/// nothing is made that the tree does not need (most events have neither
/// anchor nor tag, and collection ends need no location unless flow).
final class YAMLParser {
  /// What happened.
  enum Kind {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case alias
    case scalar
    case sequenceStart
    case sequenceEnd
    case mappingStart
    case mappingEnd
  }

  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let input: UnsafeMutableBufferPointer<UInt8>
  /// The current event (owned: deleted before the next one and in `deinit`).
  private let event: UnsafeMutablePointer<yaml_event_t>
  private var hasEvent = false
  private var locator: MarkLocator
  private let file: SourceFile

  /// Prepares to parse bytes `yaml` of `file`.
  init(file: SourceFile, yaml: Range<Int>) {
    self.file = file
    self.locator = MarkLocator(file: file, yaml: yaml)
    input = .allocate(capacity: max(yaml.count, 1))
    _ = input.initialize(from: file.bytes[yaml])
    parser = .allocate(capacity: 1)
    event = .allocate(capacity: 1)
    event.initialize(to: yaml_event_t())
    yaml_parser_initialize(parser)
    yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(parser, input.baseAddress, yaml.count)
  }

  deinit {
    if hasEvent { yaml_event_delete(event) }
    event.deallocate()
    yaml_parser_delete(parser)
    parser.deallocate()
    input.deallocate()
  }

  /// Moves to the next event of the stream and gives its kind.
  ///
  /// - Throws: ``InputError`` with libyaml's problem at its position.
  func next() throws(InputError) -> Kind {
    if hasEvent {
      yaml_event_delete(event)
      hasEvent = false
    }
    guard yaml_parser_parse(parser, event) == 1 else { throw currentError() }
    hasEvent = true
    switch event.pointee.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_DOCUMENT_START_EVENT: return .documentStart
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_ALIAS_EVENT: return .alias
    case YAML_SCALAR_EVENT: return .scalar
    case YAML_SEQUENCE_START_EVENT: return .sequenceStart
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_START_EVENT: return .mappingStart
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    default: return .streamEnd
    }
  }

  /// The current event's text, inclusive of its last character (zero-length
  /// events have `end == start`).
  @inline(__always)
  var range: SourceRange {
    let start = locator.offset(ofScalar: Int(event.pointee.start_mark.index))
    let end = locator.offset(ofScalar: Int(event.pointee.end_mark.index))
    return locator.range(from: start, to: end)
  }

  /// The text of the current scalar event.
  var scalarValue: String {
    let scalar = event.pointee.data.scalar
    return String(
      decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
  }

  /// How the current scalar event was written.
  var scalarStyle: YAMLNode.ScalarStyle {
    switch event.pointee.data.scalar.style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  /// The anchor name of the current alias event.
  var aliasName: String { Self.string(event.pointee.data.alias.anchor) ?? "" }

  /// The anchor of the current scalar or collection start event, if any.
  var anchor: String? {
    switch event.pointee.type {
    case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.anchor)
    case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.anchor)
    case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.anchor)
    default: nil
    }
  }

  /// The tag of the current scalar or collection start event, if any.
  var tag: String? {
    switch event.pointee.type {
    case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.tag)
    case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.tag)
    case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.tag)
    default: nil
    }
  }

  /// True when the current collection start event is in flow style.
  var isFlow: Bool {
    switch event.pointee.type {
    case YAML_SEQUENCE_START_EVENT:
      event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
    case YAML_MAPPING_START_EVENT:
      event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
    default: false
    }
  }

  /// The page location of byte `offset`, for positions the tree builder makes.
  func location(at offset: Int) -> SourceLocation { locator.location(at: offset) }

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
