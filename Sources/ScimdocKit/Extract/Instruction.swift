/// What one sentence asks the reader to do, before any provider vocabulary is applied.
public enum Instruction: Sendable, Equatable, CustomStringConvertible {
  /// Put `value` into the field or menu labelled `label`.
  case set(label: String, value: InstructionValue, via: ActionKind)
  /// Turn the switch `label` on or off.
  case toggle(label: String, on: Bool)
  /// Under `under`, select every one of `values`.
  case selectMany(under: String, values: [String])
  /// Select `value`; the field it belongs to comes from context or the profile.
  case choose(value: String)
  /// Go somewhere (a page, a pane, a portal).
  case navigate(String)

  public var description: String {
    switch self {
    case .set(let label, let value, _): "set \(label) = \(value)"
    case .toggle(let label, let on): "toggle \(label) \(on ? "on" : "off")"
    case .selectMany(let under, let values):
      "under \(under) select \(values.joined(separator: ", "))"
    case .choose(let value): "choose \(value)"
    case .navigate(let place): "navigate \(place)"
    }
  }
}

/// A value as the page writes it.
public enum InstructionValue: Sendable, Equatable, CustomStringConvertible {
  /// A code span: a literal to type.
  case literal(String)
  /// A bold span: a UI value word.
  case label(String)
  /// Prose or link text naming the value ("your SCIM API key").
  case phrase(String)

  public var description: String {
    switch self {
    case .literal(let s): "`\(s)`"
    case .label(let s): "**\(s)**"
    case .phrase(let s): "'\(s)'"
    }
  }

  /// The text without markers.
  public var text: String {
    switch self {
    case .literal(let s), .label(let s), .phrase(let s): s
    }
  }
}

/// An extraction pattern with the examples that are its tests (STYLE.md #5).
public struct ExtractionRule: Sendable {
  /// Lowercase snake-case id.
  public var id: String
  public var summary: String
  /// Markdown sentences and the instructions each must yield (their descriptions).
  public var examples: [(markdown: String, expected: [String])]
  /// Keyword groups the rule needs: it can match only a sentence that has a
  /// word of each group, so ``Rules/instructions(for:)`` skips the others.
  var needs: [KeywordSet]
  public var match: @Sendable (Sentence) -> [Instruction]

  init(
    id: String, summary: String, examples: [(markdown: String, expected: [String])],
    needs: [KeywordSet], match: @escaping @Sendable (Sentence) -> [Instruction]
  ) {
    self.id = id
    self.summary = summary
    self.examples = examples
    self.needs = needs
    self.match = match
  }

  /// False when the sentence lacks a word of one of ``needs``.
  func mayMatch(_ s: Sentence) -> Bool {
    needs.allSatisfy(s.hasAny)
  }
}
