import ArgumentParser
import Foundation
import ScimdocKit

/// Runs `body`, printing tool errors compiler-style to stderr and exiting 2.
func runReportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as InputError {
    FileHandle.standardError.write(Data((error.rendered + "\n").utf8))
    throw ExitCode(2)
  }
}
