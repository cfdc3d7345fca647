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
    help: "Exit 1 when a finding is at or above this level: error, warning or note.")
  var failLevel: Severity = .error

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
    context.failLevel = failLevel
    return context
  }

  /// Prints `report` to stdout and throws exit code 1 when it fails.
  func emit(_ report: Report, context: ReportContext) throws {
    format.write(report, context: context) { FileHandle.standardOutput.write(Data($0)) }
    if report.fails(at: failLevel) { throw ExitCode(1) }
  }
}

/// Writes a line to stderr (progress and logs never go to stdout).
func log(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
