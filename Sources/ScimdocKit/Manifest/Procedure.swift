/// An ordered list under a heading: the steps a person follows.
public struct Procedure: Codable, Sendable, Equatable {
  /// Stable id: the heading's anchor, numbered when a heading holds several lists.
  public var id: String
  /// Headings from the top of the page down to the one holding the list.
  public var headingPath: [String]
  public var anchor: String?
  /// True when the heading or a step says the procedure is optional.
  public var optional: Bool
  public var source: SourceSpan
  public var steps: [Step]

  public init(
    id: String, headingPath: [String], anchor: String?, optional: Bool, source: SourceSpan,
    steps: [Step]
  ) {
    self.id = id
    self.headingPath = headingPath
    self.anchor = anchor
    self.optional = optional
    self.source = source
    self.steps = steps
  }
}

/// One list item, numbered by its position (never by the literal `1.`).
public struct Step: Codable, Sendable, Equatable {
  public var number: Int
  public var text: String
  public var source: SourceSpan
  /// Block quotes and paragraphs nested in the item.
  public var notes: [StepNote]
  public var actions: [Action]

  public init(number: Int, text: String, source: SourceSpan, notes: [StepNote], actions: [Action]) {
    self.number = number
    self.text = text
    self.source = source
    self.notes = notes
    self.actions = actions
  }
}

/// A note nested in a step.
public struct StepNote: Codable, Sendable, Equatable {
  public var text: String
  public var source: SourceSpan

  public init(text: String, source: SourceSpan) {
    self.text = text
    self.source = source
  }
}

/// What a step asks the reader to do with the UI.
public struct Action: Codable, Sendable, Equatable {
  /// `navigate`, `click`, `enter`, `choose`, `toggle` or `verify`.
  public var kind: ActionKind
  /// The UI label acted on (a bold span).
  public var label: String?
  /// The value entered or chosen; secrets are never stored, see ``secret``.
  public var value: String?
  public var secret: Bool
  /// Enclosing UI labels, outermost first (`Under **Settings**`).
  public var path: [String]

  public init(kind: ActionKind, label: String?, value: String?, secret: Bool, path: [String]) {
    self.kind = kind
    self.label = label
    self.value = value
    self.secret = secret
    self.path = path
  }
}

/// The kinds of UI action a step can hold.
public enum ActionKind: String, Codable, Sendable, CaseIterable {
  case navigate, click, enter, choose, toggle, verify
}
