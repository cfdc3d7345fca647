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
    /// The certain edits that fix the finding (end exclusive), if any.
    var edits: [FixEdit]?
  }

  public static func render(_ report: Report, context: ReportContext) -> String {
    let shown = report.findings.filter { !$0.suppressed }
    let doc = document(report, context: context)
    let findings = PrettyJSON.lazyArray(count: shown.count) { w, i, indent in
      w.writeFinding(shown[i], indent: indent)
    }
    return doc.json(findings: findings).text + "\n"
  }

  /// Writes the same text as ``render(_:context:)`` to `sink` in chunks,
  /// building one finding at a time, with `scrub` applied to every string.
  /// `order` lists the findings' indices in the order to write them.
  static func stream(
    _ report: Report, order: [Int], context: ReportContext,
    scrub: @escaping @Sendable (String) -> String, to sink: @escaping ([UInt8]) -> Void
  ) {
    let shown = order.filter { !report.findings[$0].suppressed }
    let doc = document(report, context: context)
    let ahead = FindingPrefetcher(
      findings: report.findings, order: shown, scrub: scrub, threads: context.threads)
    let findings = PrettyJSON.lazyArray(count: shown.count) { w, i, indent in
      ahead.write(i, indent: indent, to: &w)
    }
    doc.json(findings: findings).stream(to: sink, scrub: scrub)
    sink([0x0A])
  }

  /// The document without its findings (they are written by the caller).
  private static func document(_ report: Report, context: ReportContext)
    -> Document
  {
    Document(
      tool: Tool(name: context.toolName, version: ScimdocVersion.current),
      summary: Summary(
        errors: report.count(.error), warnings: report.count(.warning),
        notes: report.count(.note), suppressed: report.suppressedCount,
        files: report.filesChecked,
        failed: !context.neverFails && report.fails(at: context.failLevel)),
      findings: [], checks: report.checks)
  }
}

extension JSONReporter.Finding {
  /// The JSON form of `d`.
  init(_ d: Diagnostic) {
    self.init(
      rule: d.rule, severity: d.severity, message: d.message, key: d.key, location: d.location,
      requiredBy: d.requiredBy, fix: d.fix, notes: d.notes.isEmpty ? nil : d.notes,
      fingerprint: d.fingerprint, edits: d.edits.isEmpty ? nil : d.edits)
  }
}

/// JSON with sorted keys, pretty-printed, slashes unescaped: the one
/// encoder configuration every JSON output (reports, manifests, checklists) uses.
public enum StableJSON {
  /// Encodes `value`, throwing what `JSONEncoder` throws.
  public static func encoded<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Encodes `value`; encoding our own Codable structs cannot fail.
  public static func encode<T: Encodable>(_ value: T) -> String {
    (try? encoded(value)) ?? "{}"
  }
}
