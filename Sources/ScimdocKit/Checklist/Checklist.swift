/// A setup checklist people can follow: prerequisites, then one group per procedure.
public struct Checklist: Codable, Sendable, Equatable {
  public var title: String
  public var provider: String
  public var product: String?
  /// The page path, for reference.
  public var source: String
  /// Key for browser storage of checkbox state: path and content hash.
  public var storageKey: String
  public var prerequisites: [ChecklistItem]
  public var groups: [ChecklistGroup]
  /// Things to know that nobody configures (interval, where to monitor).
  public var facts: [String]
  /// True when there are prerequisites (a Mustache section flag).
  public var hasPrerequisites: Bool
  public var hasFacts: Bool
}

/// One procedure's items.
public struct ChecklistGroup: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  /// Heading path, joined with ` › `.
  public var breadcrumb: String
  public var optional: Bool
  public var items: [ChecklistItem]
}

/// One thing to do and check.
public struct ChecklistItem: Codable, Sendable, Equatable {
  /// Stable id (`procedure-step`), used for checkbox state.
  public var id: String
  public var number: Int
  /// The step in plain words.
  public var text: String
  /// Where in the UI, joined with ` › ` (empty when unknown).
  public var breadcrumb: String
  /// Expected values (`Tenant URL: https://…`); secrets read "your SCIM API key".
  public var expected: [String]
  /// How to check it worked.
  public var verify: String?
  /// The strictest severity among the step's requirements.
  public var severity: String?
  public var line: Int
  public var hasBreadcrumb: Bool
  public var hasExpected: Bool
  /// The requirements this step states (for ticking from a config).
  public var requirementIDs: [String]?
  /// With `--config`: true when the config satisfies every requirement of the step.
  public var checked: Bool?
  /// With `--config`: true when the config violates a requirement of the step.
  public var violated: Bool?
  /// With `--config`: what the config gets wrong, in words (never a secret).
  public var problems: [String]?
}
