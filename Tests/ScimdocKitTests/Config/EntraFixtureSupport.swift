import Foundation
import Testing

@testable import ScimdocKit

/// Builds Graph bundles from `../shared/fixtures/entra-graph` for the tests.
struct EntraFixtures {
  let directory: URL

  /// The fixtures folder, or nil (after a visible skip message) when absent.
  init?(for test: String) {
    guard let dir = SharedFixtures.directory("fixtures/entra-graph", for: test) else { return nil }
    directory = dir
  }

  /// The text of one fixture file.
  func text(_ name: String) throws -> String {
    String(
      decoding: try SharedFixtures.bytes(directory.appendingPathComponent(name)), as: UTF8.self)
  }

  /// The source text of the value at `pointer` inside fixture `name`.
  func fragment(_ name: String, at pointer: String) throws -> String {
    let doc = try JSONDocument(parsing: SourceFile(path: name, text: try text(name)))
    let node = try #require(doc.node(at: pointer))
    return doc.file.text(node.byteRange)
  }

  /// `{"key": <fixture text>, ...}` with each fixture on its own lines.
  func bundle(_ parts: [(key: String, text: String)]) -> String {
    "{\n" + parts.map { "\"\($0.key)\": \($0.text)" }.joined(separator: ",\n") + "\n}\n"
  }

  /// Loads a bundle text.
  func load(_ text: String, path: String = "bundle.json") throws -> LoadedConfig {
    try ConfigLoader.load(file: SourceFile(path: path, text: text))
  }
}

/// The 1-based line and scalar column of the `occurrence`-th `needle`,
/// found by plain text search (independent of the JSON reader).
func naivePosition(of needle: String, in text: String, occurrence: Int = 1) -> (Int, Int)? {
  var seen = 0
  var searchStart = text.startIndex
  while let found = text.range(of: needle, range: searchStart..<text.endIndex) {
    seen += 1
    if seen == occurrence {
      let before = text[..<found.lowerBound]
      let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
      let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? text.startIndex
      return (line, text[lineStart..<found.lowerBound].unicodeScalars.count + 1)
    }
    searchStart = found.upperBound
  }
  return nil
}

/// Checks that neutral `pointer` maps to the `occurrence`-th `literal` in
/// `text` (after `prefix`, when given: `"matchingPriority": ` then `1`).
func expectMapped(
  _ loaded: LoadedConfig, _ pointer: String, to literal: String, after prefix: String = "",
  in text: String, occurrence: Int = 1,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  guard let entry = loaded.location(of: pointer) else {
    Issue.record("no source map entry for \(pointer)", sourceLocation: sourceLocation)
    return
  }
  let expected = naivePosition(of: prefix + literal, in: text, occurrence: occurrence)
    .map { ($0.0, $0.1 + prefix.unicodeScalars.count) }
  #expect(!entry.isMissing, "\(pointer) is mapped as missing", sourceLocation: sourceLocation)
  #expect(
    expected.map { [$0.0, $0.1] } == [entry.range.start.line, entry.range.start.column],
    "\(pointer) at \(entry.range.start.description), expected \(literal) at \(String(describing: expected))",
    sourceLocation: sourceLocation)
}
