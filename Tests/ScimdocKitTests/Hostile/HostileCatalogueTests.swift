import Foundation
import ScimdocKit
import Testing

/// Every hostile input ends within its deadline and a memory ceiling, with
/// the documented outcome: a positioned ``InputError`` or a normal return.
@Suite("Hostile inputs (library)", .serialized)
struct HostileCatalogueTests {
  /// Seconds a case may take in a debug build (release is ~10x faster).
  static let deadline = 30.0 * Bounded.timeScale
  /// Peak resident memory the test process may reach, in MiB.
  static let memoryCeilingMiB = Bounded.underSanitizer ? 6144 : 3072

  @Test(arguments: HostileCatalogue.all)
  func boundedAndRefusedCleanly(_ hostile: HostileCase) throws {
    let outcome = Bounded.run(seconds: Self.deadline) { hostile.run() }
    guard case .finished(let (error, summary), let seconds) = outcome else {
      Issue.record("\(hostile.name): still running after \(Self.deadline)s (hang)")
      return
    }
    print(
      "hostile \(hostile.name): \(String(format: "%.2f", seconds))s, peak \(Bounded.peakRSSMiB) MiB, "
        + (error.map { "error: \($0.message.text)" } ?? summary))
    #expect(Bounded.peakRSSMiB < Self.memoryCeilingMiB, "\(hostile.name): memory")
    switch hostile.expect {
    case .positionedError:
      let error = try #require(error, "\(hostile.name): expected an InputError, got \(summary)")
      expectPositioned(error, hostile.name)
    case .error(let text):
      let error = try #require(error, "\(hostile.name): expected an InputError, got \(summary)")
      #expect(error.rendered.contains(text), "\(hostile.name): \(error.rendered)")
    case .completes:
      #expect(error == nil, "\(hostile.name): \(error?.rendered ?? "")")
    case .completesOrPositionedError:
      if let error { expectPositioned(error, hostile.name) }
    }
  }

  private func expectPositioned(_ error: InputError, _ name: String) {
    let location = error.location
    #expect(location != nil, "\(name): no position in \(error.rendered)")
    if let location {
      #expect(location.line >= 1 && location.column >= 1)
      #expect(error.rendered.contains(":\(location.line):\(location.column): error: "))
    }
  }

  @Test func largePageParsesWhenTheLimitIsRaised() throws {
    let bytes = Hostile.largePage(megabytes: 20)
    let outcome = Bounded.run(seconds: 120 * Bounded.timeScale) { () -> Int in
      guard let file = try? SourceFile(path: "large.md", bytes: bytes),
        let page = try? PageParser.parse(file)
      else { return -1 }
      return page.document.children.count
    }
    guard case .finished(let blocks, let seconds) = outcome else {
      Issue.record("a 20 MB page did not parse within 120s")
      return
    }
    print(
      "hostile 20 MB page: \(blocks) blocks, \(String(format: "%.2f", seconds))s, "
        + "peak \(Bounded.peakRSSMiB) MiB")
    #expect(blocks > 1000)
  }

  /// Regression (found by the hostile catalogue): an object with many keys
  /// took quadratic time because the parser held a copy of the open frame
  /// while inserting into its key table, copying the table on every key.
  @Test func manyKeysParseInLinearTime() throws {
    let text = "{" + (0..<200_000).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
    let start = Date()
    let doc = try JSONDocument(parsing: SourceFile(path: "keys.json", text: text))
    #expect(doc.nodeCount == 200_001)
    #expect(Date().timeIntervalSince(start) < 10 * Bounded.timeScale)
  }
}
