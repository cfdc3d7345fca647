import ArgumentParser
import Foundation
import ScimdocKit

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Flags every reporting command shares: format and fail level.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .customLong("format"),
    help: """
      Output format: text, json, sarif, github or junit. Repeat it for several \
      (all but one sent to files with -o FORMAT=FILE).
      """)
  var formats: [ReportFormat] = []

  /// The first format asked for (text by default).
  var format: ReportFormat { formats.first ?? .text }

  @Option(
    name: .customLong("fail-level"),
    help: """
      Exit 1 when a finding is at or above this level: error, warning or note; \
      none reports without ever failing (exit 2 still means the run could not finish).
      """)
  var failLevel: FailLevel = .error

  @Flag(
    name: [.short, .long],
    help: "Print the findings only: no progress, no build line, no summary line.")
  var quiet = false

  @Option(
    help: """
      Colour in text output: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR \
      turns it on), always or never.
      """)
  var color: ColorMode = .auto

  @Option(
    help: ArgumentHelp(
      "Show paths relative to this folder (default: as given, relative to the working directory).",
      valueName: "dir"))
  var root: String?

  /// True when text output on stdout is coloured.
  var colored: Bool {
    let env = ProcessInfo.processInfo.environment
    switch color {
    case .always: return true
    case .never: return false
    case .auto:
      if let force = env["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
      return isatty(STDOUT_FILENO) == 1 && env["NO_COLOR"].map(\.isEmpty) ?? true
    }
  }

  /// The reporting context: colour as ``colored`` says.
  func context(
    sources: [String: SourceFile] = [:], redactor: Redactor = Redactor(), threads: Int = 1
  ) -> ReportContext {
    var context = ReportContext()
    context.threads = threads
    context.color = colored
    context.quiet = quiet
    context.sources = sources
    context.redactor = redactor
    context.failLevel = failLevel.severity ?? .error
    context.neverFails = failLevel == .none
    return context
  }

  /// Where each format goes, from `--format` and the `-o` values; a
  /// usage error (exit 2) when they do not fit together.
  func destinations(_ outputs: [String]) throws -> [ReportDestination] {
    switch ReportOutputs.plan(formats: formats, outputs: outputs) {
    case .success(let destinations): return destinations
    case .failure(let problem): throw ValidationError(problem.description)
    }
  }

  /// Writes `report` to its destinations (stdout and `-o` files) and throws
  /// exit code 1 when it fails.
  func emit(_ given: Report, context: ReportContext, outputs: [String] = []) throws {
    var report = given
    var context = context
    if let root {
      let relative = PathRelativizer(root: root)
      report = report.relativized(relative)
      context = context.relativized(relative)
    }
    let destinations = try destinations(outputs)
    context.color = colored && destinations.contains { $0.file == nil && $0.format == .text }
    try ReportOutputs.write(report, to: destinations, context: context) {
      FileHandle.standardOutput.write(Data($0))
    }
    if let level = failLevel.severity, report.fails(at: level) { throw ExitCode(1) }
  }
}

/// `--color`.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// `--fail-level`: a severity, or `none` (report only).
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
  case error, warning, note, none

  /// The level that fails the run; nil for `none`.
  var severity: Severity? { Severity(rawValue: rawValue) }
}

/// Writes a line to stderr (progress and logs never go to stdout).
func log(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
