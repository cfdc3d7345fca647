import ArgumentParser
import Foundation
import ScimdocKit

/// Runs `body`, printing tool errors compiler-style to stderr and exiting 2.
/// With `--format sarif` the error is also a SARIF log on stdout
/// (`executionSuccessful: false`), so an uploaded file says why it has no results.
func runReportingErrors(format: ReportFormat? = nil, _ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as InputError {
    FileHandle.standardError.write(Data((error.rendered + "\n").utf8))
    if format == .sarif {
      FileHandle.standardOutput.write(Data(SARIFReporter.toolError(error).utf8))
    }
    throw ExitCode(2)
  }
}

/// The `--format` value in raw arguments (`--format sarif`, `--format=sarif`), if any.
func requestedFormat(_ arguments: [String]) -> ReportFormat? {
  var value: String?
  for (i, argument) in arguments.enumerated() {
    if argument == "--format", i + 1 < arguments.count {
      value = arguments[i + 1]
    } else if argument.hasPrefix("--format=") {
      value = String(argument.dropFirst("--format=".count))
    }
  }
  return value.flatMap(ReportFormat.init(rawValue:))
}
