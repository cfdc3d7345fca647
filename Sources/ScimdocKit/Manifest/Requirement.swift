/// One constraint on the neutral provisioning config, traced to its sentence.
public struct Requirement: Codable, Sendable, Equatable {
  /// Stable across rewording: derived from the procedure and the key.
  public var id: String
  /// A JSON Pointer into the neutral config (`/tenantUrl`, `/users/enabled`).
  public var key: String
  public var op: RequirementOp
  /// The neutral value; nil for `present` and `absent`, and always for secrets.
  public var value: ManifestValue?
  public var severity: Severity
  /// True for credentials: the value is never recorded or printed.
  public var secret: Bool
  public var source: SourceSpan
  /// The sentence that demands it, as the page says it.
  public var quote: String
  /// The procedure the sentence belongs to, when it is in one.
  public var procedure: String?
  /// The identity provider of the tab or section the sentence sits in, on
  /// a page written for several (`okta`); nil when it applies to all.
  public var provider: String?

  public init(
    id: String, key: String, op: RequirementOp, value: ManifestValue?, severity: Severity,
    secret: Bool, source: SourceSpan, quote: String, procedure: String?
  ) {
    self.id = id
    self.key = key
    self.op = op
    self.value = value
    self.severity = severity
    self.secret = secret
    self.source = source
    self.quote = quote
    self.procedure = procedure
  }
}

/// How a requirement constrains its key.
public enum RequirementOp: String, Codable, Sendable, CaseIterable {
  case equals, present, contains, absent
  /// A URL template (`https://{org}.example.com/scim/v2`): the value must fit it.
  case matches
  /// The page forbids this value ("do not set it to **Delete**").
  case notEquals
  /// The page forbids these list items ("do not select **Update**").
  case excludes
}

/// Something the page states that nobody configures (an interval, an expected response).
public struct Fact: Codable, Sendable, Equatable {
  /// `syncInterval`, `testConnection`, `monitoring`, `limitation`.
  public var kind: String
  public var text: String
  public var value: ManifestValue?
  public var source: SourceSpan

  public init(kind: String, text: String, value: ManifestValue?, source: SourceSpan) {
    self.kind = kind
    self.text = text
    self.value = value
    self.source = source
  }
}

/// What the extractor could not turn into a requirement, for docs teams.
public struct ManifestNote: Codable, Sendable, Equatable {
  /// `unmapped-setting`, `negated`, `conditional`.
  public var kind: String
  public var message: String
  public var source: SourceSpan
  public var quote: String

  public init(kind: String, message: String, source: SourceSpan, quote: String) {
    self.kind = kind
    self.message = message
    self.source = source
    self.quote = quote
  }
}
