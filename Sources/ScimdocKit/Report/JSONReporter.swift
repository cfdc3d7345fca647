import Foundation

/// The versioned machine format: `{formatVersion, tool, summary, findings, checks}`
/// (`schemas/report.schema.json`).
public enum JSONReporter {
  /// Minor bumps add fields; a major bump breaks consumers. 2.0: one
  /// finding shape with `index.json` (`suppressed` always written), checks
  /// carry their severity.
  public static let formatVersion = "2.0"

  /// The document without its findings (written one by one, see ``json(findings:)``).
  struct Document {
    var formatVersion = JSONReporter.formatVersion
    var tool: Tool
    var columnUnit = "unicodeCodePoints"
    var summary: Summary
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
      checks: report.checks)
  }
}
