/// The output formats every reporting command offers.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text, json, sarif, github, junit

  /// Renders `report` in this format, scrubbing secrets from the result.
  public func render(_ report: Report, context: ReportContext) -> String {
    let sorted = report.sorted()
    let out: String =
      switch self {
      case .text: TextReporter.render(sorted, context: context)
      case .json: JSONReporter.render(sorted, context: context)
      case .sarif: SARIFReporter.render(sorted, context: context)
      case .github: GitHubReporter.render(sorted, context: context)
      case .junit: JUnitReporter.render(sorted, context: context)
      }
    return context.redactor.scrub(out)
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
  /// Threads a large report may be rendered on (its bytes are the same).
  public var threads = 1

  public init() {}
}
