/// The output formats every reporting command offers.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text, json, sarif, github, junit

  /// Renders `report` in this format. Secrets are scrubbed from the
  /// report's own strings before any reporter escapes and serialises them
  /// (never from the rendered bytes, which a short secret such as `test`
  /// or `results` would corrupt), and quoted source lines come from files
  /// whose secret values were masked where they were read.
  public func render(_ report: Report, context given: ReportContext) -> String {
    let sorted = report.sorted().scrubbed(by: given.redactor)
    var context = given
    context.sources = given.sources.mapValues { given.redactor.masking($0) }
    return switch self {
    case .text: TextReporter.render(sorted, context: context)
    case .json: JSONReporter.render(sorted, context: context)
    case .sarif: SARIFReporter.render(sorted, context: context)
    case .github: GitHubReporter.render(sorted, context: context)
    case .junit: JUnitReporter.render(sorted, context: context)
    }
  }

  /// Writes what ``render(_:context:)`` returns to `sink`, in chunks: JSON
  /// reports are streamed finding by finding (when no secret values need
  /// scrubbing from the whole text), so a large site's report is never held
  /// in memory at once.
  public func write(
    _ report: Report, context: ReportContext, to sink: @escaping ([UInt8]) -> Void
  ) {
    guard self == .json, context.redactor.secrets.isEmpty else {
      sink(Array(render(report, context: context).utf8))
      return
    }
    JSONReporter.stream(
      report, order: report.sortedOrder(), context: context, scrub: Redactor.scrubPatterns,
      to: sink)
  }
}

/// What reporters need besides the findings.
public struct ReportContext: Sendable {
  /// The tool's name for headers (`scimdoc`).
  public var toolName = "scimdoc"
  /// ANSI colour in text output.
  public var color = false
  /// Secrets to scrub from the output.
  public var redactor = Redactor()
  /// Source lines for snippets, by file path.
  public var sources: [String: SourceFile] = [:]
  /// The level at or above which the run fails (shown in the summary).
  public var failLevel: Severity = .error
  /// `--fail-level none`: the run never fails on findings.
  public var neverFails = false
  /// `--quiet`: text output without its summary line.
  public var quiet = false
  /// Threads a large report may be rendered on (its bytes are the same).
  public var threads = 1

  public init() {}
}

extension Report {
  /// The report with `redactor`'s secrets, bearer credentials and URL
  /// passwords scrubbed from every message, quote, help and note.
  public func scrubbed(by redactor: Redactor) -> Report {
    var r = self
    // Known secrets, bearer credentials and URL passwords (the redactor),
    // then what a page's masker hides: `?api_key=`, `https://TOKEN@host`.
    let scrub = { (text: String) in SecretText.masked(redactor.scrub(text)) }
    for i in r.findings.indices {
      r.findings[i].message = scrub(r.findings[i].message)
      r.findings[i].fix = r.findings[i].fix.map(scrub)
      r.findings[i].notes = r.findings[i].notes.map(scrub)
      r.findings[i].suppressionReason = r.findings[i].suppressionReason.map(scrub)
      // A fix whose text would be masked is no fix: it is not shown.
      if r.findings[i].edits.contains(where: { scrub($0.text) != $0.text }) {
        r.findings[i].edits = []
      }
      if let quote = r.findings[i].requiredBy?.quote {
        r.findings[i].requiredBy?.quote = scrub(quote)
      }
    }
    for i in r.checks.indices {
      r.checks[i].message = r.checks[i].message.map(scrub)
      if let quote = r.checks[i].requiredBy?.quote { r.checks[i].requiredBy?.quote = scrub(quote) }
    }
    return r
  }
}
