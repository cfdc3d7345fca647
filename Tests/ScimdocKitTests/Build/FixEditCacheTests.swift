import Testing

@testable import ScimdocKit

/// A cached page keeps its findings' edits: a build served from the cache
/// reports the same `fixes` as a fresh one.
@Suite struct FixEditCacheTests {
  @Test func editsSurviveTheCacheCoding() throws {
    let file = SourceFile(
      path: "a.md",
      text: "---\ntitle: \"A\"\nupdated: 2024-1-9\n---\n\nSee [x](#the-end).\n\n## The ending\n")
    let analysis = PageAnalyzer.analyze(file)
    let withEdits = analysis.findings.filter { !$0.edits.isEmpty }
    #expect(Set(withEdits.map(\.rule)) == ["updated-unpadded", "anchor-broken"])
    var writer = CacheWriter()
    analysis.write(to: &writer)
    var reader = CacheReader(writer.bytes)
    let read = try PageAnalysis(from: &reader)
    #expect(reader.isAtEnd)
    #expect(read.findings == analysis.findings)
    #expect(read.findings.flatMap(\.edits).map(\.text) == ["2024-01-09", "#the-ending"])
  }
}
