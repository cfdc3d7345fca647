import Foundation
import Testing

/// Command-line conventions of the tools docs teams already use (issue 14).
@Suite("CLI conventions")
struct ConventionsCLITests {
  static let failing = "---\ntitle: \"A\"\n---\n\nSee [x](#nowhere).\n"

  @Test func aMisspelledCommandGetsASuggestion() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("did-you-mean")
    defer { try? FileManager.default.removeItem(at: dir) }
    for (typo, meant) in [("chek", "check"), ("biuld", "build"), ("lnt", "lint")] {
      let result = try CLIRunner.run([typo, "content"], cwd: dir, timeout: 60)
      #expect(result.status == 2)
      #expect(result.stderr.contains("unknown command '\(typo)'; did you mean '\(meant)'?"))
    }
    let far = try CLIRunner.run(["xyzzy"], cwd: dir, timeout: 60)
    #expect(far.status == 2 && !far.stderr.contains("did you mean") && far.stderr.contains("check"))
    let help = try CLIRunner.run(["help", "check"], cwd: dir, timeout: 60)
    #expect(help.status == 0 && help.stdout.contains("OVERVIEW"))
  }

  @Test func diffExitCodeFailsOnAChangedRequirement() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("diff-exit")
    defer { try? FileManager.default.removeItem(at: dir) }
    func page(_ url: String) -> String {
      "---\ntitle: \"Acme with Okta\"\n---\n\nAcme supports provisioning with Okta.\n\n"
        + "## Configure\n\n1. Set **SCIM connector base URL** to `\(url)`.\n"
    }
    try page("https://scim.acme.example/v2").write(
      to: dir.appendingPathComponent("old.md"), atomically: true, encoding: .utf8)
    try page("https://scim.acme.example/v3").write(
      to: dir.appendingPathComponent("new.md"), atomically: true, encoding: .utf8)
    let changed = try CLIRunner.run(
      ["diff", "old.md", "new.md", "--exit-code"], cwd: dir, timeout: 60)
    #expect(changed.status == 1 && changed.stdout.contains("v3"))
    let plain = try CLIRunner.run(["diff", "old.md", "new.md"], cwd: dir, timeout: 60)
    #expect(plain.status == 0)
    let same = try CLIRunner.run(
      ["diff", "old.md", "old.md", "--exit-code"], cwd: dir, timeout: 60)
    #expect(same.status == 0 && same.stdout.contains("no requirement changes"))
  }

  @Test func quietPrintsTheFindingsOnly() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("quiet")
    defer { try? FileManager.default.removeItem(at: dir) }
    let content = dir.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try Self.failing.write(
      to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    let check = try CLIRunner.run(["check", "content", "-q"], cwd: dir, timeout: 60)
    #expect(check.status == 1 && check.stdout.contains("anchor-broken"))
    #expect(!check.stdout.contains("1 error"), "the summary line is gone")
    let build = try CLIRunner.run(
      ["build", "content", "--out", "out", "--quiet", "--no-cache"], cwd: dir, timeout: 60)
    #expect(build.status == 1 && build.stderr.isEmpty, "no progress or build line: \(build.stderr)")
    #expect(build.stdout.contains("anchor-broken"))
  }

  @Test func colorFollowsTheFlagAndTheEnvironment() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("color")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.failing.write(
      to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    func colored(_ args: [String], _ env: [String: String] = [:]) throws -> Bool {
      try CLIRunner.run(["check", "a.md"] + args, cwd: dir, timeout: 60, environment: env)
        .stdout.contains("\u{1B}[")
    }
    #expect(try colored(["--color", "always"]))
    #expect(try !colored(["--color", "never"], ["FORCE_COLOR": "1"]))
    #expect(try colored([], ["FORCE_COLOR": "1", "NO_COLOR": ""]))
    #expect(try !colored([], ["NO_COLOR": "1"]), "not a terminal, no FORCE_COLOR")
    #expect(try !colored(["--color", "always", "--format", "json"]), "JSON is never coloured")
  }

  /// Issue 14: checking one file reported every cross-page link as
  /// `link-page-missing`, because only the files given counted as the site.
  @Test func namedPagesGetExactlyTheirWholeSiteFindings() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("per-file")
    defer { try? FileManager.default.removeItem(at: dir) }
    let content = dir.appendingPathComponent("content")
    try FileManager.default.createDirectory(
      at: content.appendingPathComponent("guides"), withIntermediateDirectories: true)
    let pages = [
      "a.md": "---\ntitle: \"A\"\n---\n\nSee [b](/docs/guides/b/#start) and [gone](/docs/gone/).\n",
      "guides/b.md": "---\ntitle: \"B\"\n---\n\n## Start\n\nBack to [a](/docs/a/#nowhere).\n",
      "c.md": "---\ntitle: \"C\"\n---\n\nSee [a](/docs/a/).\n",
    ]
    for (name, text) in pages {
      try text.write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    func findings(_ args: [String]) throws -> [String] {
      let result = try CLIRunner.run(
        ["check"] + args + ["--format", "github"], cwd: dir, timeout: 60)
      return result.stdout.split(separator: "\n").filter { $0.hasPrefix("::error") }.map(
        String.init
      )
      .sorted()
    }
    let whole = try findings(["content"])
    #expect(whole.count == 2, "\(whole)")
    for named in [["content/a.md"], ["./content/guides/b.md"], ["content/a.md", "content/c.md"]] {
      let files = Set(named.map { URL(fileURLWithPath: $0).standardizedFileURL.lastPathComponent })
      let expected = whole.filter { line in files.contains { line.contains("/" + $0 + ",") } }
      #expect(try findings(named) == expected, "\(named)")
    }
    #expect(
      try findings(["content/c.md"]).isEmpty, "a link to a page outside the named set is fine")
  }

  /// Issue 14 (D1, D3): with the README's `.scimdoc.yml`, the README's own
  /// CI line reported false `link-page-missing` errors, and with no path
  /// arguments every path was absolute.
  @Test func theReadmeSetupBuildsCleanWithRelativePaths() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("readme-setup")
    defer { try? FileManager.default.removeItem(at: dir) }
    let content = dir.appendingPathComponent("content")
    try FileManager.default.createDirectory(
      at: content.appendingPathComponent("guides"), withIntermediateDirectories: true)
    try "content: content\nurl_prefix: /docs/\n".write(
      to: dir.appendingPathComponent(".scimdoc.yml"), atomically: true, encoding: .utf8)
    try "---\ntitle: \"A\"\n---\n\nSee [b](/docs/guides/b/#start) and [x](#nowhere).\n".write(
      to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    try "---\ntitle: \"B\"\n---\n\n## Start\n\nBack to [a](/docs/a/).\n".write(
      to: content.appendingPathComponent("guides/b.md"), atomically: true, encoding: .utf8)
    for args in [
      ["build", "content", "--out", "public/scimdoc", "--format", "github", "--no-cache"],
      ["check", "--format", "github"], ["check", "./content", "--format", "github"],
    ] {
      let result = try CLIRunner.run(args, cwd: dir, timeout: 60)
      #expect(!result.stdout.contains("link-page-missing"), "\(args): \(result.stdout)")
      #expect(result.stdout.contains("anchor-broken"), "\(args)")
      let files = result.stdout.split(separator: "\n").compactMap { line in
        line.split(separator: ",").first { $0.hasPrefix("::error file=") }
      }
      #expect(!files.isEmpty && files.allSatisfy { !$0.contains("file=/") }, "\(args): \(files)")
    }
  }

  @Test func failLevelNoneReportsWithoutFailing() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("fail-level")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.failing.write(
      to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    let strict = try CLIRunner.run(["check", "a.md"], cwd: dir, timeout: 60)
    #expect(strict.status == 1 && strict.stdout.contains("anchor-broken"))
    for format in ["text", "json", "sarif", "github", "junit"] {
      let none = try CLIRunner.run(
        ["check", "a.md", "--fail-level", "none", "--format", format], cwd: dir, timeout: 60)
      #expect(none.status == 0, "\(format): exit \(none.status)")
      #expect(none.stdout.contains("anchor-broken"), "\(format): the finding is still reported")
      if format == "json" { #expect(none.stdout.contains("\"failed\" : false")) }
    }
    let typo = try CLIRunner.run(
      ["check", "a.md", "--fail-level", "nothing"], cwd: dir, timeout: 60)
    #expect(typo.status == 2 && typo.stderr.contains("none"))
  }
}
