import Foundation
import Testing

/// Issue 14: `scimdoc check FILE` gives exactly the findings FILE has in a
/// whole-site check, so pre-commit, editors and changed-files CI can check
/// pages one by one. Compared on every page of the repository's `content/`
/// and on pages spread over the 359-page docs corpus (copied as a site's
/// `content/`); `scripts/per-file-parity.sh` compares every corpus page.
@Suite struct PerFileParityTests {
  /// The `--format github` finding lines of `scimdoc check args...`, sorted.
  static func findings(_ args: [String], cwd: URL) throws -> [String] {
    let result = try CLIRunner.run(
      ["check"] + args + ["--format", "github", "--fail-level", "none"], cwd: cwd, timeout: 300)
    #expect(result.status == 0, "\(args): \(result.stderr)")
    return result.stdout.split(separator: "\n").map(String.init)
      .filter { $0.hasPrefix("::") && !$0.hasPrefix("::notice title=scimdoc::") }.sorted()
  }

  /// The lines about `file` (a path as the report prints it).
  static func lines(_ all: [String], about file: String) -> [String] {
    all.filter { $0.contains("file=\(file),") }
  }

  @Test func everyContentPageAlone() throws {
    guard CLIRunner.binary != nil else { return }
    let root = TestPaths.packageRoot
    let pages = try FileManager.default.subpathsOfDirectory(
      atPath: root.appendingPathComponent("content").path
    ).filter { $0.hasSuffix(".md") }.sorted()
    #expect(pages.count >= 5)
    let whole = try Self.findings(["content"], cwd: root)
    for page in pages {
      let path = "content/" + page
      #expect(try Self.findings([path], cwd: root) == Self.lines(whole, about: path), "\(path)")
    }
  }

  @Test func docsCorpusPagesAlone() throws {
    guard CLIRunner.binary != nil,
      let corpus = TestPaths.shared("corpus/postman-docs-2024", for: "docsCorpusPagesAlone")
    else { return }
    let dir = try makeTempDir("per-file-corpus")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(at: corpus, to: dir.appendingPathComponent("content"))
    let pages = try FileManager.default.subpathsOfDirectory(
      atPath: dir.appendingPathComponent("content").path
    ).filter { $0.hasSuffix(".md") }.sorted()
    #expect(pages.count == 359)
    let whole = try Self.findings(["content"], cwd: dir)
    #expect(whole.count > 100, "the corpus has findings to compare")
    // Every 40th page alone (a whole-site analysis each), then all of them named at once.
    for page in stride(from: 0, to: pages.count, by: 40).map({ "content/" + pages[$0] }) {
      #expect(try Self.findings([page], cwd: dir) == Self.lines(whole, about: page), "\(page)")
    }
    let named = try Self.findings(pages.map { "content/" + $0 }, cwd: dir)
    #expect(named == whole.filter { $0.contains("file=content/") })
  }
}
