/// One libyaml parse event as a Swift value, positioned in the page.
struct YAMLEvent: Sendable {
  /// What happened.
  enum Kind: Sendable, Equatable {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case alias(anchor: String)
    case scalar(value: String, style: YAMLNode.ScalarStyle, anchor: String?, tag: String?)
    case sequenceStart(anchor: String?, tag: String?, flow: Bool)
    case sequenceEnd
    case mappingStart(anchor: String?, tag: String?, flow: Bool)
    case mappingEnd
  }

  var kind: Kind
  /// The event's text, inclusive of its last character (zero-length events
  /// have `end == start`).
  var range: SourceRange
}
