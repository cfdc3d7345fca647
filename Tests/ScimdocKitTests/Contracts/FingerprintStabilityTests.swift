import Foundation
import Testing

/// A `contradiction`'s fingerprint hashes its rule, file and the sentences
/// involved, not line numbers: lines added above leave it (and every other
/// fingerprint) as it was, so a baseline keeps matching.
@Suite("Fingerprint stability")
struct FingerprintStabilityTests {
  /// Rule and fingerprint of each finding of `check --format json` on a
  /// contradiction page with `above` added before its steps, and their messages.
  func fingerprints(above: String) throws -> (prints: [String], messages: [String]) {
    let site = try Contract.contradictionSite(above: above)
    defer { try? FileManager.default.removeItem(at: site) }
    let report = try Contract.object(
      try Contract.output(["check", "content", "--format", "json"], cwd: site))
    let findings = try #require(report["findings"] as? [[String: Any]])
    return (
      findings.map { "\($0["rule"] ?? "") \($0["fingerprint"] ?? "")" },
      findings.compactMap { $0["message"] as? String }
    )
  }

  @Test func unrelatedLinesAboveDoNotMoveThem() throws {
    guard CLIRunner.binary != nil else { return }
    let before = try fingerprints(above: "")
    let after = try fingerprints(
      above: "\nA paragraph added later.\n\nAnd another one,\nover two lines.\n")
    #expect(before.prints.filter { $0.hasPrefix("contradiction ") }.count == 2)
    #expect(before.prints == after.prints)
    // The messages name the earlier line, which did move.
    #expect(before.messages != after.messages)
  }
}
