import Foundation

/// The versioned machine format: `{formatVersion, tool, summary, findings, checks}`.
public enum JSONReporter {
  public static let identifier = "json"
  /// Minor bumps add fields; a major bump breaks consumers.
  public static let formatVersion = "1.0"

  struct Document: Encodable {
    var formatVersion = JSONReporter.formatVersion
    var tool: Tool
    var columnUnit = "unicodeCodePoints"
    var summary: Summary
    var findings: [Finding]
    var checks: [CheckResult]
  }

  struct Tool: Encodable {
    var name: String
    var version: String
  }

  struct Summary: Encodable {
    var errors: Int
    var warnings: Int
    var notes: Int
    var suppressed: Int
    var files: Int
    var failed: Bool
  }

  struct Finding: Encodable {
    var rule: String
    var severity: Severity
    var message: String
    var key: String?
    var location: DiagnosticLocation?
    var requiredBy: RequiredBy?
    var fix: String?
    var notes: [String]?
    var fingerprint: String
  }

  public static func render(_ report: Report, context: ReportContext) -> String {
    let shown = report.findings.filter { !$0.suppressed }
    let doc = Document(
      tool: Tool(name: context.toolName, version: ScimdocVersion.current),
      summary: Summary(
        errors: report.count(.error), warnings: report.count(.warning),
        notes: report.count(.note), suppressed: report.suppressedCount,
        files: report.filesChecked, failed: report.fails(at: context.failLevel)),
      findings: shown.map {
        Finding(
          rule: $0.rule, severity: $0.severity, message: $0.message, key: $0.key,
          location: $0.location, requiredBy: $0.requiredBy, fix: $0.fix,
          notes: $0.notes.isEmpty ? nil : $0.notes, fingerprint: $0.fingerprint)
      },
      checks: report.checks)
    return doc.json.text + "\n"
  }
}

/// JSON with sorted keys, pretty-printed, slashes unescaped.
public enum StableJSON {
  /// Encodes `value`; encoding our own Codable structs cannot fail.
  public static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
