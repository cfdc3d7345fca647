import Foundation
import Testing

/// `scimdoc check --fix` and `build --fix` as a user runs them.
@Suite("CLI --fix")
struct FixCLITests {
  /// A page with one certain fix (the date) and one finding without (a link
  /// no heading resembles).
  static let page =
    "---\ntitle: \"Rotating the token\"\nupdated: 2025-6-3\n---\n\nSee [the notes](#zzz).\n\n## Steps\n"

  func content(_ name: String) throws -> URL {
    let dir = try makeTempDir(name)
    let content = dir.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try Self.page.write(
      to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test func checkFixWritesThePageAndReportsWhatRemains() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try content("check-fix")
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = dir.appendingPathComponent("content/a.md")
    let result = try CLIRunner.run(["check", "content", "--fix"], cwd: dir, timeout: 60)
    #expect(result.status == 1, "the broken link remains: \(result.stdout)")
    #expect(result.stdout.contains("anchor-broken"))
    #expect(!result.stdout.contains("updated-unpadded"))
    #expect(result.stdout.contains("1 error, 0 warnings, 0 notes in 1 file (1 fixed)"))
    let fixed = try String(contentsOf: page, encoding: .utf8)
    #expect(fixed == Self.page.replacingOccurrences(of: "2025-6-3", with: "2025-06-03"))
    // A second run has nothing to fix and leaves the file as it is.
    let stamp =
      try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
    let again = try CLIRunner.run(["check", "content", "--fix"], cwd: dir, timeout: 60)
    #expect(again.stdout.contains("1 error, 0 warnings, 0 notes in 1 file\n"))
    let now =
      try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
    #expect(stamp != nil && now == stamp)
  }

  @Test func withoutFixNothingIsWrittenAndSARIFCarriesTheFix() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try content("check-no-fix")
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(
      ["check", "content", "--format", "sarif"], cwd: dir, timeout: 60)
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"insertedContent\""))
    #expect(result.stdout.contains("\"text\" : \"2025-06-03\""))
    let text = try String(contentsOf: dir.appendingPathComponent("content/a.md"), encoding: .utf8)
    #expect(text == Self.page)
  }

  /// A rule turned off in `.scimdoc.yml` reports nothing, so `--fix` leaves
  /// its problem in the page; a page named alone is fixed as part of its site.
  @Test func ruleTurnedOffIsNotFixed() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try content("fix-off")
    defer { try? FileManager.default.removeItem(at: dir) }
    try "content: content\nrules:\n  updated-unpadded: off\n".write(
      to: dir.appendingPathComponent(".scimdoc.yml"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["check", "content/a.md", "--fix"], cwd: dir, timeout: 60)
    #expect(result.status == 1 && result.stdout.contains("anchor-broken"))
    let text = try String(contentsOf: dir.appendingPathComponent("content/a.md"), encoding: .utf8)
    #expect(text == Self.page)
  }

  @Test func buildFixFixesBeforeBuilding() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try content("build-fix")
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(
      ["build", "content", "--out", "out", "--fix", "--format", "json"], cwd: dir, timeout: 60)
    #expect(result.status == 1)
    #expect(!result.stdout.contains("updated-unpadded") && result.stdout.contains("anchor-broken"))
    #expect(result.stderr.contains("scimdoc: fixed 1 finding in 1 file"))
    let text = try String(contentsOf: dir.appendingPathComponent("content/a.md"), encoding: .utf8)
    #expect(text.contains("updated: 2025-06-03"))
  }
}
