/// A versioned, machine-checkable description of one setup page.
///
/// Every requirement names a key in the neutral provisioning config (a JSON
/// Pointer such as `/tenantUrl`) and the sentence that demands it. Encode with
/// ``ManifestCoding/encode(_:)`` for stable, sorted-key JSON.
public struct Manifest: Codable, Sendable, Equatable {
  /// The schema version this build writes (see `schemas/manifest.schema.json`).
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var source: ManifestSource
  /// `entra`, `okta`, `onelogin` or `generic`.
  public var provider: String
  /// The product being provisioned, where the page names one.
  public var product: String?
  public var prerequisites: [Prerequisite]
  public var procedures: [Procedure]
  public var requirements: [Requirement]
  public var facts: [Fact]
  /// What the extractor saw but could not map (unmapped settings, negations).
  public var notes: [ManifestNote]

  public init(
    source: ManifestSource, provider: String, product: String?, prerequisites: [Prerequisite],
    procedures: [Procedure], requirements: [Requirement], facts: [Fact], notes: [ManifestNote]
  ) {
    self.schemaVersion = Manifest.currentSchemaVersion
    self.source = source
    self.provider = provider
    self.product = product
    self.prerequisites = prerequisites
    self.procedures = procedures
    self.requirements = requirements
    self.facts = facts
    self.notes = notes
  }
}

/// Where a manifest came from.
public struct ManifestSource: Codable, Sendable, Equatable {
  public var path: String
  public var pageID: String?
  public var title: String?
  /// The front matter's `updated` date, `YYYY-MM-DD`.
  public var updated: String?
  /// `sha256:` followed by the lowercase hex SHA-256 of the page's bytes.
  public var contentHash: String

  public init(path: String, pageID: String?, title: String?, updated: String?, contentHash: String)
  {
    self.path = path
    self.pageID = pageID
    self.title = title
    self.updated = updated
    self.contentHash = contentHash
  }
}

/// A span of the page, 1-based, with an inclusive end (columns count scalars).
public struct SourceSpan: Codable, Sendable, Equatable, Hashable {
  public var path: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int

  public init(path: String, line: Int, column: Int, endLine: Int, endColumn: Int) {
    self.path = path
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
  }

  /// The span of `byteRange` in `file`.
  public init(_ file: SourceFile, _ byteRange: Range<Int>) {
    let r = file.range(byteRange)
    self.init(
      path: file.path, line: r.start.line, column: r.start.column, endLine: r.end.line,
      endColumn: r.end.column)
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(line):\(column)" }

  /// The span as a finding's location (the same five numbers, `path` as `file`).
  public var location: DiagnosticLocation {
    DiagnosticLocation(
      file: path, line: line, column: column, endLine: endLine, endColumn: endColumn)
  }
}

/// Something to have or do before the procedures: a role or another page.
public struct Prerequisite: Codable, Sendable, Equatable {
  /// `role`, `page` or `condition`.
  public var kind: String
  public var text: String
  public var link: String?
  public var source: SourceSpan

  public init(kind: String, text: String, link: String?, source: SourceSpan) {
    self.kind = kind
    self.text = text
    self.link = link
    self.source = source
  }
}
