import Foundation
import Testing

@testable import ScimdocKit

/// The build cache's binary codec (`CacheCoding+Types.swift`, written field by
/// field) against its simple twin, `Codable`: a page analysis read back from
/// the cache encodes with `JSONEncoder` to the same text as the analysis
/// written, and its findings (edits included) are equal, for every page of
/// the content tree and the corpus.
@Suite struct CacheCodingTwinTests {
  static func pages(_ sub: String) -> [String] {
    guard let root = TestPaths.shared(sub, for: "cache codec twin on \(sub)") else { return [] }
    let files = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
    return files.filter { $0.hasSuffix(".md") }.sorted().map {
      root.appendingPathComponent($0).path
    }
  }

  @Test(arguments: ["corpus/real-scim", "corpus/scim-pages/history", "corpus/problem-pages"])
  func analysesComeBackAsWritten(_ corpus: String) throws {
    var paths = Self.pages(corpus)
    if corpus == "corpus/real-scim" {
      let content = TestPaths.packageRoot.appendingPathComponent("content").path
      let files = FileManager.default.enumerator(atPath: content)?.allObjects as? [String] ?? []
      paths += files.filter { $0.hasSuffix(".md") }.map { content + "/" + $0 }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var compared = 0
    for path in paths {
      let analysis = PageAnalyzer.analyze(
        path: path, loader: SourceLoader(), profiles: TestPipeline.profiles)
      var writer = CacheWriter()
      analysis.write(to: &writer)
      var reader = CacheReader(writer.bytes)
      let read = try PageAnalysis(from: &reader)
      #expect(reader.isAtEnd, "\(path)")
      #expect(try encoder.encode(read) == encoder.encode(analysis), "\(path)")
      #expect(read.findings == analysis.findings, "\(path)")
      compared += 1
    }
    #expect(paths.isEmpty || compared > 5)
  }
}
