import Testing

@testable import ScimdocKit

/// Shared checks of the export loader tests.
enum ExportTestSupport {
  /// Expects each neutral key to be mapped (not missing) at the given line,
  /// column and input pointer.
  static func expectPositions(
    _ loaded: LoadedConfig, _ expected: [(String, Int, Int, String)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    for (key, line, column, pointer) in expected {
      let entry = try #require(
        loaded.location(of: key), "\(key) is not mapped", sourceLocation: sourceLocation)
      #expect(entry.isMissing == false, "\(key)", sourceLocation: sourceLocation)
      #expect(entry.range.start.line == line, "\(key) line", sourceLocation: sourceLocation)
      #expect(entry.range.start.column == column, "\(key) column", sourceLocation: sourceLocation)
      #expect(entry.inputPointer == pointer, "\(key) pointer", sourceLocation: sourceLocation)
    }
  }
}
