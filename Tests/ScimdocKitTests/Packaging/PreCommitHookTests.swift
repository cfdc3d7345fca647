import Foundation
import Testing

/// `.pre-commit-hooks.yaml` tried for real with `pre-commit try-repo` on a
/// temporary git repository (issue 14): a clean page passes, a broken one
/// fails with the finding. Skipped loudly without `pre-commit` or `git`
/// (`.ci/run` installs pre-commit from PyPI).
@Suite("pre-commit hook")
struct PreCommitHookTests {
  static let page = "---\ntitle: \"Guide\"\n---\n\n## Start\n\nSee [start](#start).\n"

  /// Runs `hook` on a repository with a clean page, then with a broken page
  /// added, and checks both outcomes. `path` goes in front of PATH.
  func tryHook(_ hook: String, name: String, path: [String], timeout: Double) throws {
    guard ExternalTool.find("pre-commit") != nil, ExternalTool.find("git") != nil else {
      print("⚠️  SKIPPED: pre-commit or git is not installed; the \(hook) hook was not tried")
      return
    }
    let dir = try makeTempDir("pre-commit")
    defer { try? FileManager.default.removeItem(at: dir) }
    let repo = dir.appendingPathComponent("docs")
    let content = repo.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    let env = [
      "PRE_COMMIT_HOME": dir.appendingPathComponent("cache").path,
      "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
      "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
    ]
    func git(_ args: String...) throws {
      let result = try ExternalTool.run(["git"] + args, cwd: repo, environment: env)
      #expect(result.status == 0, "git \(args): \(result.output)")
    }
    func run() throws -> ExternalTool.Result {
      try ExternalTool.run(
        [
          "pre-commit", "try-repo", TestPaths.packageRoot.path, hook, "--all-files", "--color",
          "never",
        ], cwd: repo, environment: env, extraPath: path, timeout: timeout)
    }
    try git("init", "-q")
    try Self.page.write(
      to: content.appendingPathComponent("guide.md"), atomically: true, encoding: .utf8)
    // Not a page: the hook's `files` pattern leaves it out.
    try "not markdown [x](#nowhere)\n".write(
      to: repo.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    try git("add", "-A")
    let clean = try run()
    #expect(clean.status == 0, "\(clean.output)")
    #expect(clean.output.contains(name) && clean.output.contains("Passed"), "\(clean.output)")

    try "---\ntitle: \"Broken\"\n---\n\nSee [the guide](/docs/guide/#finish).\n".write(
      to: content.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
    try git("add", "-A")
    let broken = try run()
    #expect(broken.status == 1, "\(broken.output)")
    #expect(broken.output.contains("Failed"))
    #expect(
      broken.output.contains("content/broken.md:5:5: error[link-anchor-broken]"),
      "\(broken.output)")
    #expect(!broken.output.contains("content/guide.md:"), "the clean page has no finding")
  }

  @Test func theSystemHookPassesACleanPageAndFailsABrokenOne() throws {
    guard let binary = CLIRunner.binary else { return }
    // The debug scimdoc first on PATH, as the system hook expects.
    try tryHook(
      "scimdoc-check-system", name: "scimdoc check (scimdoc on PATH)",
      path: [binary.deletingLastPathComponent().path], timeout: 300)
  }

  /// The `language: swift` hook: pre-commit builds scimdoc with `swift build
  /// -c release` in a clone of this repository (dependencies from SwiftPM's
  /// cache or the network), several minutes on two cores, so it runs only
  /// when SCIMDOC_TEST_SWIFT_HOOK=1.
  @Test func theSwiftHookBuildsScimdocAndChecks() throws {
    guard ProcessInfo.processInfo.environment["SCIMDOC_TEST_SWIFT_HOOK"] == "1" else {
      print(
        "⚠️  SKIPPED: the language: swift pre-commit hook (a release build of minutes) runs "
          + "only with SCIMDOC_TEST_SWIFT_HOOK=1")
      return
    }
    // pre-commit's release build includes AsyncHTTPClient (NIO, BoringSSL): 23
    // minutes on a busy two-core machine.
    try tryHook("scimdoc-check", name: "scimdoc check", path: [], timeout: 3600)
  }
}
