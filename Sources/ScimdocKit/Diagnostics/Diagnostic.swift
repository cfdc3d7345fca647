/// How serious a finding is. Ordered: `note < warning < error`.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
  case note, warning, error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Where a finding is: a file range, and a JSON Pointer for JSON inputs.
///
/// Lines and columns are 1-based; columns count Unicode scalars; `endColumn`
/// is inclusive (the last character).
public struct DiagnosticLocation: Codable, Sendable, Hashable {
  public var file: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var pointer: String?

  public init(
    file: String, line: Int, column: Int, endLine: Int, endColumn: Int, pointer: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
    self.pointer = pointer
  }

  /// The first character of `file` (a finding about the whole file).
  public static func start(of file: String, pointer: String? = nil) -> DiagnosticLocation {
    DiagnosticLocation(file: file, line: 1, column: 1, endLine: 1, endColumn: 1, pointer: pointer)
  }

  /// A location covering `range` of `file`.
  public init(_ range: SourceRange, in file: String, pointer: String? = nil) {
    self.init(
      file: file, line: range.start.line, column: range.start.column, endLine: range.end.line,
      endColumn: range.end.column, pointer: pointer)
  }
}

/// The documentation sentence that demands something.
public struct RequiredBy: Codable, Sendable, Hashable {
  public var location: DiagnosticLocation
  public var quote: String

  public init(location: DiagnosticLocation, quote: String) {
    self.location = location
    self.quote = quote
  }
}

/// One finding: a rule, a severity, a message and where.
///
/// Messages never hold secret values; reporters also pass their whole output
/// through a ``Redactor`` as a second line of defence.
public struct Diagnostic: Codable, Sendable, Hashable {
  public var rule: String
  public var severity: Severity
  public var message: String
  public var location: DiagnosticLocation?
  /// The neutral config key (a JSON Pointer) the finding is about, if any.
  public var key: String?
  public var requiredBy: RequiredBy?
  public var fix: String?
  public var notes: [String]
  /// True when an inline or config suppression silenced it.
  public var suppressed: Bool
  /// The reason the suppression comment gives (SARIF's `justification`).
  public var suppressionReason: String?
  /// The doc sentences the finding is about (both steps of a contradiction):
  /// hashed into ``fingerprint`` in place of a message that names lines.
  public var quotes: [String]?
  /// The certain edits that fix it (all or none), when its rule knows them:
  /// what `--fix` applies and SARIF's `fixes` show. Not part of the coded
  /// form (reports write them themselves).
  public var edits: [FixEdit] = []

  private enum CodingKeys: String, CodingKey {
    case rule, severity, message, location, key, requiredBy, fix, notes, suppressed
    case suppressionReason, quotes
  }

  public init(
    rule: String, severity: Severity, message: String, location: DiagnosticLocation?,
    key: String? = nil, requiredBy: RequiredBy? = nil, fix: String? = nil, notes: [String] = [],
    suppressed: Bool = false, suppressionReason: String? = nil, quotes: [String]? = nil,
    edits: [FixEdit] = []
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.location = location
    self.key = key
    self.requiredBy = requiredBy
    self.fix = fix
    self.notes = notes
    self.suppressed = suppressed
    self.suppressionReason = suppressionReason
    self.quotes = quotes
    self.edits = edits
  }

  /// A fingerprint that does not change when lines move: rule, file, key and
  /// message (or the doc quote), hashed; for a finding about doc sentences
  /// (``quotes``), rule, file and the sentences with their spacing normalized.
  public var fingerprint: String {
    StableHash.hex(joinedBy: 0x1F, fingerprintParts)
  }

  /// What ``fingerprint`` hashes.
  var fingerprintParts: [String] {
    if let quotes, !quotes.isEmpty {
      return [rule, location?.file ?? ""] + quotes.map(Self.normalized)
    }
    return [
      rule, location?.file ?? "", key ?? location?.pointer ?? "", requiredBy?.quote ?? message,
    ]
  }

  /// `text` with each run of white space made one space, trimmed.
  static func normalized(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
