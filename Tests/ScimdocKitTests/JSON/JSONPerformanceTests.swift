import Foundation
import Testing

@testable import ScimdocKit

/// Rough timings (printed) and a linearity guard for the reader and loader.
@Suite struct JSONPerformanceTests {
  func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3
  }

  @Test func bigGraphBundleLoadsQuickly() throws {
    guard let fixtures = EntraFixtures(for: #function) else { return }
    let schema = try fixtures.text("graph-schema-salesforce-full-2017.json")
    let live = try fixtures.text("SYNTHESIZED-kafkaman-live-config.json")
    let bundle = fixtures.bundle([("schema", schema)])
    var best = Double.infinity
    for _ in 0..<5 {
      best = min(
        best,
        try milliseconds {
          _ = try ConfigLoader.load(file: SourceFile(path: "b.json", text: bundle))
          _ = try ConfigLoader.load(file: SourceFile(path: "l.json", text: live))
        })
    }
    print("load Salesforce schema (\(schema.utf8.count) B) + live config: \(best) ms (best of 5)")
    #expect(best < 200)  // debug build; release is far faster
  }

  @Test func readerIsLinear() throws {
    func document(_ n: Int) -> String {
      "[" + (0..<n).map { #"{"k\#($0)": [1.5, "s\u00e9", true, null]}"# }.joined(separator: ",")
        + "]"
    }
    let small = document(20_000)
    let large = document(80_000)
    let t1 = try milliseconds { _ = try JSONDocument(parsing: SourceFile(path: "a", text: small)) }
    let t4 = try milliseconds { _ = try JSONDocument(parsing: SourceFile(path: "b", text: large)) }
    print("JSON reader: \(small.utf8.count) B in \(t1) ms, \(large.utf8.count) B in \(t4) ms")
    #expect(t4 < t1 * 10)
  }
}
