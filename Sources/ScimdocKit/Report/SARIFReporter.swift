import Foundation

/// SARIF 2.1.0, built from Codable structs with sorted keys.
public enum SARIFReporter {
  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]
    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var columnKind = "unicodeCodePoints"
    var redactionTokens = [Redactor.token]
    /// One: whether the run could do its job, and its exit code.
    var invocations: [Invocation]
    var results: [Result]
  }

  /// The run's outcome: a tool error (exit 2) is `executionSuccessful: false`
  /// with the error as a notification, so the log says why it has no results.
  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var exitCode: Int
    var toolExecutionNotifications: [Notification]?
  }

  struct Notification: Encodable {
    var level = "error"
    var message: Text
    var locations: [Location]?
  }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String
    var informationUri = RuleReferenceDocument.repository
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Text
    /// The rule's row in `docs/rules.md`.
    var helpUri: String?
    var defaultConfiguration: Configuration
  }

  struct Configuration: Encodable { var level: String }
  struct Text: Encodable { var text: String }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Text
    var locations: [Location]
    var relatedLocations: [Location]?
    var partialFingerprints: [String: String]
    var suppressions: [Suppression]?
    var fixes: [Fix]?
  }

  /// A finding's certain edits (SARIF 2.1.0 §3.55): what `--fix` applies.
  struct Fix: Encodable {
    var description: Text
    var artifactChanges: [ArtifactChange]
  }

  struct ArtifactChange: Encodable {
    var artifactLocation: Artifact
    var replacements: [Replacement]
  }

  /// `deletedRegion` is empty (start = end) for an insertion.
  struct Replacement: Encodable {
    var deletedRegion: Region
    var insertedContent: Text
  }

  struct Suppression: Encodable {
    var kind = "inSource"
    var status = "accepted"
    /// The comment's `reason="..."`.
    var justification: String?
  }

  struct Location: Encodable {
    var id: Int?
    var physicalLocation: Physical?
    var logicalLocations: [Logical]?
    var message: Text?
  }

  struct Physical: Encodable {
    var artifactLocation: Artifact
    var region: Region?
  }

  struct Artifact: Encodable { var uri: String }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    /// Exclusive in SARIF: one past our inclusive end column.
    var endColumn: Int
  }

  struct Logical: Encodable {
    var fullyQualifiedName: String
    var kind = "property"
  }

  static func level(_ s: Severity) -> String {
    switch s {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  static func physical(_ l: DiagnosticLocation) -> Physical {
    Physical(
      artifactLocation: Artifact(uri: uri(l.file)),
      region: Region(
        startLine: max(1, l.line), startColumn: max(1, l.column), endLine: max(l.line, l.endLine),
        endColumn: max(1, l.endColumn) + 1))
  }

  /// The `fixes` of a finding with edits (nil without).
  static func fixes(_ d: Diagnostic) -> [Fix]? {
    guard let file = d.location?.file, !d.edits.isEmpty else { return nil }
    let replacements = d.edits.map { e in
      Replacement(
        deletedRegion: Region(
          startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn),
        insertedContent: Text(text: e.text))
    }
    return [
      Fix(
        description: Text(
          text: d.fix ?? DocRules.rule(d.rule)?.fix?.summary ?? "the edit scimdoc --fix makes"),
        artifactChanges: [
          ArtifactChange(artifactLocation: Artifact(uri: uri(file)), replacements: replacements)
        ])
    ]
  }

  /// A relative URI: percent-encodes what a URI reference cannot hold.
  static func uri(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "."),
        UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"):
        out.append(Character(UnicodeScalar(byte)))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }

  public static func render(_ report: Report, context: ReportContext) -> String {
    var rules = report.rules
    for d in report.findings where !rules.contains(where: { $0.id == d.rule }) {
      rules.append(RuleDescription(id: d.rule, name: d.rule, summary: d.rule, severity: d.severity))
    }
    let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    let results = report.findings.map { d -> Result in
      var location = Location()
      if let l = d.location { location.physicalLocation = physical(l) }
      if let p = d.key ?? d.location?.pointer {
        location.logicalLocations = [Logical(fullyQualifiedName: p)]
      }
      let related = d.requiredBy.map { by in
        [
          Location(
            id: 1, physicalLocation: physical(by.location),
            message: Text(text: "required by: \(by.quote)"))
        ]
      }
      return Result(
        ruleId: d.rule, ruleIndex: index[d.rule], level: level(d.severity),
        message: Text(text: d.message), locations: d.location == nil ? [] : [location],
        relatedLocations: related, partialFingerprints: ["scimdoc/v1": d.fingerprint],
        suppressions: d.suppressed ? [Suppression(justification: d.suppressionReason)] : nil,
        fixes: fixes(d))
    }
    let driver = Driver(
      name: context.toolName, version: ScimdocVersion.current,
      semanticVersion: ScimdocVersion.current,
      rules: rules.map {
        Rule(
          id: $0.id, name: $0.name, shortDescription: Text(text: $0.summary),
          helpUri: RuleReferenceDocument.helpURI(for: $0.id),
          defaultConfiguration: Configuration(level: level($0.severity)))
      })
    let fails = !context.neverFails && report.fails(at: context.failLevel)
    let invocation = Invocation(executionSuccessful: true, exitCode: fails ? 1 : 0)
    let run = Run(tool: Tool(driver: driver), invocations: [invocation], results: results)
    return StableJSON.encode(Log(runs: [run])) + "\n"
  }
}
