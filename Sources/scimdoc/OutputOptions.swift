import ArgumentParser
import Foundation
import ScimdocKit

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Flags every reporting command shares: format and fail level.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format: text, json, sarif, github or junit.")
  var format: ReportFormat = .text

  @Option(
    name: .customLong("fail-level"),
    help: """
      Exit 1 when a finding is at or above this level: error, warning or note; \
      none reports without ever failing (exit 2 still means the run could not finish).
      """)
  var failLevel: FailLevel = .error

  /// The reporting context: colour on a TTY unless NO_COLOR is set.
  func context(
    sources: [String: SourceFile] = [:], redactor: Redactor = Redactor(), threads: Int = 1
  ) -> ReportContext {
    var context = ReportContext()
    context.threads = threads
    context.color =
      format == .text && isatty(STDOUT_FILENO) == 1
      && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    context.sources = sources
    context.redactor = redactor
    context.failLevel = failLevel.severity ?? .error
    context.neverFails = failLevel == .none
    return context
  }

  /// Prints `report` to stdout and throws exit code 1 when it fails.
  func emit(_ report: Report, context: ReportContext) throws {
    format.write(report, context: context) { FileHandle.standardOutput.write(Data($0)) }
    if let level = failLevel.severity, report.fails(at: level) { throw ExitCode(1) }
  }
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
