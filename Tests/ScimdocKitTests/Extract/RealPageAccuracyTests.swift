import Foundation
import Testing

/// Extraction on the labelled real SCIM pages of ../shared/corpus/real-scim,
/// scored by the release scorer (`../shared/tools/score-extraction.py`).
///
/// The floors only rise: raise them with the numbers in bench/ACCURACY.md.
@Suite struct RealPageAccuracyTests {
  static let recallFloor = 0.96
  static let precisionFloor = 0.97
  static let wrongCeiling = 0

  @Test func realPagesMeetTheFloor() throws {
    guard let shared = TestPaths.shared("corpus/real-scim", for: "real-page accuracy"),
      let scorer = TestPaths.shared("tools/score-extraction.py", for: "real-page accuracy"),
      let binary = CLIRunner.binary
    else { return }
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("scimdoc-accuracy-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: out) }
    let run = TestPaths.run([
      "python3", scorer.path, binary.path,
      shared.appendingPathComponent("ms-learn").path,
      shared.appendingPathComponent("vendor-docs").path, "--json", out.path,
    ])
    #expect(run.status == 0, "scorer failed: \(run.stderr)")
    let data = try Data(contentsOf: out)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let total = try #require(json["total"] as? [String: Any])
    let recall = try #require(json["recall"] as? Double)
    let precision = try #require(json["precision"] as? Double)
    let wrong = try #require(total["wrong"] as? Int)
    let pages = try #require(total["pages"] as? Int)
    let errors = try #require(total["errors"] as? Int)
    print("real-page accuracy: \(run.stdout.split(separator: "\n").last ?? "")")
    #expect(pages == 52)
    #expect(errors == 0)
    #expect(recall >= Self.recallFloor, "recall \(recall) below the floor \(Self.recallFloor)")
    #expect(
      precision >= Self.precisionFloor,
      "precision \(precision) below the floor \(Self.precisionFloor)")
    #expect(wrong <= Self.wrongCeiling, "\(wrong) wrong values (at most \(Self.wrongCeiling))")
  }

  /// bench/probe-pages: pages written for scimdoc to measure generalisation.
  static let probeRecallFloor = 0.88
  static let probePrecisionFloor = 0.95
  static let probeWrongCeiling = 5

  @Test func probePagesMeetTheFloor() throws {
    guard let scorer = TestPaths.shared("tools/score-extraction.py", for: "probe-page accuracy"),
      let binary = CLIRunner.binary
    else { return }
    let probes = TestPaths.packageRoot.appendingPathComponent("bench/probe-pages")
    let out = FileManager.default.temporaryDirectory
      .appendingPathComponent("scimdoc-probe-accuracy-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: out) }
    let run = TestPaths.run(["python3", scorer.path, binary.path, probes.path, "--json", out.path])
    #expect(run.status == 0, "scorer failed: \(run.stderr)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
    let total = try #require(json["total"] as? [String: Any])
    let recall = try #require(json["recall"] as? Double)
    let precision = try #require(json["precision"] as? Double)
    let wrong = try #require(total["wrong"] as? Int)
    print("probe-page accuracy: \(run.stdout.split(separator: "\n").last ?? "")")
    #expect(total["pages"] as? Int == 21)
    #expect(recall >= Self.probeRecallFloor, "recall \(recall) below \(Self.probeRecallFloor)")
    #expect(
      precision >= Self.probePrecisionFloor,
      "precision \(precision) below \(Self.probePrecisionFloor)")
    #expect(wrong <= Self.probeWrongCeiling, "\(wrong) wrong values")
  }
}
