import Foundation
import Testing

@testable import ScimdocKit

/// The JSON report is written by a fast path (``PrettyJSON`` and
/// ``PrettyJSONWriter/writeFinding(_:indent:)``, streamed a finding at a time);
/// its simple twin is a Codable shape encoded by ``StableJSON`` (`JSONEncoder`
/// with sorted keys). They must give the same bytes on every report the
/// corpus produces.
@Suite struct JSONReportTwinTests {
  /// One finding as `schemas/finding.schema.json` describes it.
  struct FindingShape: Encodable {
    var edits: [FixEdit]?
    var fingerprint: String
    var fix: String?
    var key: String?
    var location: DiagnosticLocation?
    var message: String
    var notes: [String]?
    var requiredBy: RequiredBy?
    var rule: String
    var severity: Severity
    var suppressed: Bool
    var suppressionReason: String?

    init(_ d: Diagnostic) {
      edits = d.edits.isEmpty ? nil : d.edits
      fingerprint = d.fingerprint
      fix = d.fix
      key = d.key
      location = d.location
      message = d.message
      notes = d.notes.isEmpty ? nil : d.notes
      requiredBy = d.requiredBy
      rule = d.rule
      severity = d.severity
      suppressed = d.suppressed
      suppressionReason = d.suppressed ? d.suppressionReason : nil
    }
  }

  struct DocumentShape: Encodable {
    var checks: [CheckResult]
    var columnUnit = "unicodeCodePoints"
    var findings: [FindingShape]
    var formatVersion = JSONReporter.formatVersion
    var summary: JSONReporter.Summary
    var tool: JSONReporter.Tool
  }

  /// The report as the streaming writer scrubs it: ``Redactor/scrubPatterns(_:)``
  /// on every string, and not the page masker ``Report/scrubbed(by:)`` adds
  /// (so a finding quoting `/docs/.../authorization/oauth-20/` reads
  /// `(secret)` in `render` and not in `write`: a known difference, not the
  /// encoder's).
  static func streamScrubbed(_ report: Report) -> Report {
    var r = report.sorted()
    let scrub = Redactor.scrubPatterns
    for i in r.findings.indices {
      r.findings[i].message = scrub(r.findings[i].message)
      r.findings[i].fix = r.findings[i].fix.map(scrub)
      r.findings[i].notes = r.findings[i].notes.map(scrub)
      r.findings[i].suppressionReason = r.findings[i].suppressionReason.map(scrub)
      if let quote = r.findings[i].requiredBy?.quote {
        r.findings[i].requiredBy?.quote = scrub(quote)
      }
    }
    return r
  }

  /// The simple twin of `ReportFormat.json.render`: the report sorted and
  /// scrubbed as `render` does (scrubbing is not what this compares), then
  /// encoded by `JSONEncoder`.
  static func simple(_ report: Report, context: ReportContext, scrubbed: Bool = true) throws
    -> String
  {
    let sorted = scrubbed ? report.sorted().scrubbed(by: context.redactor) : report
    let shape = DocumentShape(
      checks: sorted.checks,
      findings: sorted.findings.filter { !$0.suppressed }.map(FindingShape.init),
      summary: JSONReporter.Summary(
        errors: sorted.count(.error), warnings: sorted.count(.warning), notes: sorted.count(.note),
        suppressed: sorted.suppressedCount, files: sorted.filesChecked,
        failed: !context.neverFails && sorted.fails(at: context.failLevel)),
      tool: JSONReporter.Tool(name: context.toolName, version: ScimdocVersion.current))
    return try StableJSON.encoded(shape) + "\n"
  }

  /// The lines around the first line where `a` and `b` differ.
  static func firstDifference(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    guard let i = (0..<min(x.count, y.count)).first(where: { x[$0] != y[$0] }) else {
      return "lengths \(x.count) and \(y.count) lines"
    }
    let lines = max(0, i - 3)..<i + 1
    return "line \(i + 1): fast\n" + x[lines].joined(separator: "\n") + "\nsimple\n"
      + y[lines].joined(separator: "\n")
  }

  static let corpora = [
    "corpus/postman-docs-2024", "corpus/scim-pages/history", "corpus/real-scim/ms-learn",
    "corpus/real-scim/vendor-docs", "corpus/problem-pages",
  ]

  @Test(arguments: corpora)
  func reportOfACorpusIsTheEncodersBytes(_ corpus: String) throws {
    guard let root = TestPaths.shared(corpus, for: "JSON report twin on \(corpus)") else { return }
    var options = CheckOptions()
    options.threads = 2
    options.profiles = try ProfileSet.load()
    let (report, _) = try DocsCheck.run(paths: [root.path], options: options)
    let context = ReportContext()
    let fast = ReportFormat.json.render(report, context: context)
    var streamed: [UInt8] = []
    ReportFormat.json.write(report, context: context) { streamed += $0 }
    let simple = try Self.simple(report, context: context)
    #expect(!report.findings.isEmpty)
    if fast != simple, let dir = ProcessInfo.processInfo.environment["TWIN_DUMP"] {
      try fast.write(toFile: dir + "/fast.json", atomically: true, encoding: .utf8)
      try simple.write(toFile: dir + "/simple.json", atomically: true, encoding: .utf8)
      try Data(streamed).write(to: URL(fileURLWithPath: dir + "/streamed.json"))
    }
    #expect(fast == simple, "\(Self.firstDifference(fast, simple))")
    let simpleStreamed = try Self.simple(
      Self.streamScrubbed(report), context: context, scrubbed: false)
    #expect(String(decoding: streamed, as: UTF8.self) == simpleStreamed)
  }

  @Test func lintReportIsTheEncodersBytes() throws {
    let examples = TestPaths.packageRoot.appendingPathComponent("examples")
    let page = TestPaths.samplePage
    let (manifest, _) = try ManifestPipeline(
      loader: SourceLoader(), profiles: TestPipeline.profiles
    ).manifest(at: page)
    var compared = 0
    for name in ["kafkaman-tenant.json", "kafkaman-graph-export.json"] {
      let path = examples.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path) else { continue }
      let input = try LintInput(path: path, loader: SourceLoader())
      let report = Linter.lint(input.config, against: [manifest])
      #expect(
        ReportFormat.json.render(report, context: ReportContext())
          == (try Self.simple(report, context: ReportContext())))
      compared += 1
    }
    #expect(compared > 0)
  }

  /// `index.json` (``BuildIndex/json``, the same finding writer) against
  /// `JSONEncoder` on a shape with the report's findings.
  @Test func buildIndexIsTheEncodersBytes() throws {
    guard let root = TestPaths.shared("corpus/scim-pages/history", for: "index.json twin")
    else { return }
    struct IndexShape: Encodable {
      var files: [String]
      var findings: [FindingShape]
      var formatVersion: String
      var pages: [BuildIndex.PageEntry]
      var summary: BuildIndex.FindingCounts
      var tool: String
    }
    var options = CheckOptions()
    options.profiles = try ProfileSet.load()
    let (report, _) = try DocsCheck.run(paths: [root.path], options: options)
    let index = BuildIndex(
      pages: [
        .init(
          path: "a/b.md", title: "B \"quoted\" / slashed", pageID: nil, provider: "okta",
          requirements: 3, outputs: ["b/manifest.json", "b/checklist.md"]),
        .init(
          path: "c.md", title: nil, pageID: "c-1", provider: nil, requirements: 0, outputs: []),
      ],
      summary: .init(errors: 1, warnings: 2, notes: 3, suppressed: 4),
      findings: report.sorted().findings, files: ["b/checklist.md", "b/manifest.json"])
    let shape = IndexShape(
      files: index.files, findings: index.findings.map(FindingShape.init),
      formatVersion: index.formatVersion, pages: index.pages, summary: index.summary,
      tool: index.tool)
    #expect(!index.findings.isEmpty)
    let fast = index.json.text
    let simple = try StableJSON.encoded(shape)
    #expect(fast == simple, "\(Self.firstDifference(fast, simple))")
  }
}
