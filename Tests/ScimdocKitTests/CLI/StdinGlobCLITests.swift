import Foundation
import Testing

/// `check -` with `--stdin-filename`, and quoted globs expanded by scimdoc,
/// as markdownlint-cli2 and ruff do them (issue 14).
@Suite("CLI stdin and globs")
struct StdinGlobCLITests {
  /// A site of three pages: `a.md` links to `guides/b.md`, which has a broken anchor.
  static func site(_ label: String) throws -> URL {
    let dir = try makeTempDir(label)
    let content = dir.appendingPathComponent("content")
    try FileManager.default.createDirectory(
      at: content.appendingPathComponent("guides"), withIntermediateDirectories: true)
    let pages = [
      "a.md": "---\ntitle: \"A\"\n---\n\nSee [b](/docs/guides/b/#start).\n",
      "guides/b.md": "---\ntitle: \"B\"\n---\n\n## Start\n\nSee [here](#nowhere).\n",
      "guides/c.markdown": "---\ntitle: \"C\"\n---\n\nSee [a](/docs/a/) and [x](#x).\n",
    ]
    for (name, text) in pages {
      try text.write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return dir
  }

  static func errors(_ result: CLIRunner.Result) -> [String] {
    result.stdout.split(separator: "\n").filter { $0.contains("error[") }.map(String.init).sorted()
  }

  @Test func aNamedPageFromStdinIsCheckedAsThatFile() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try Self.site("stdin")
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = dir.appendingPathComponent("content/guides/b.md")
    let asFile = try CLIRunner.run(["check", "content/guides/b.md"], cwd: dir)
    let fromStdin = try CLIRunner.run(
      ["check", "-", "--stdin-filename", "content/guides/b.md"], cwd: dir, stdin: page)
    #expect(asFile.status == 1 && fromStdin.status == 1)
    #expect(Self.errors(asFile).count == 1 && Self.errors(fromStdin) == Self.errors(asFile))
    #expect(fromStdin.stdout.contains("content/guides/b.md:7:5: error[anchor-broken]"))

    // An edited buffer: its own bytes count, not the file's; links to the
    // site's other pages resolve; a page not yet saved is fine too.
    let draft = dir.appendingPathComponent("draft.txt")
    try "---\ntitle: \"D\"\n---\n\nSee [b](/docs/guides/b/#start) and [m](/docs/missing/).\n"
      .write(to: draft, atomically: true, encoding: .utf8)
    for name in ["content/guides/b.md", "content/new.md"] {
      let edited = try CLIRunner.run(
        ["check", "-", "--stdin-filename", name], cwd: dir, stdin: draft)
      var expected = [
        "\(name):5:36: error[link-page-missing]: "
          + "link to '/docs/missing/' matches no page in the content tree"
      ]
      if name.hasSuffix("b.md") {
        // The buffer replaces b.md, so b.md's own `## Start` is gone.
        expected.append(
          "\(name):5:5: error[link-anchor-broken]: link to '/docs/guides/b/#start': "
            + "\(name) has no heading with anchor '#start'")
      }
      #expect(edited.status == 1)
      #expect(Self.errors(edited) == expected.sorted(), "\(edited.stdout)")
    }
    // Unnamed: the page is `-`, still read against the site.
    let unnamed = try CLIRunner.run(["check", "-", "--format", "json"], cwd: dir, stdin: draft)
    #expect(unnamed.status == 1 && unnamed.stdout.contains("\"file\" : \"-\""))
    #expect(unnamed.stdout.contains("/docs/missing/") && !unnamed.stdout.contains("guides/b/#"))
  }

  @Test func stdinMisuseIsAUsageError() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try Self.site("stdin-usage")
    defer { try? FileManager.default.removeItem(at: dir) }
    let mixed = try CLIRunner.run(["check", "-", "content/a.md"], cwd: dir)
    #expect(mixed.status == 2 && mixed.stderr.contains("must be the only path"))
    let orphan = try CLIRunner.run(["check", "--stdin-filename", "a.md", "content"], cwd: dir)
    #expect(orphan.status == 2 && orphan.stderr.contains("give - as the path"))
    let binary = dir.appendingPathComponent("bin")
    try Data([0x2D, 0x00, 0x41]).write(to: binary)
    let nul = try CLIRunner.run(["check", "-"], cwd: dir, stdin: binary)
    #expect(nul.status == 1 && nul.stdout.contains("file-unreadable"), "\(nul.stdout)")
  }

  @Test func quotedGlobsAreExpandedByScimdoc() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try Self.site("globs")
    defer { try? FileManager.default.removeItem(at: dir) }
    let whole = try CLIRunner.run(["check", "content"], cwd: dir)
    #expect(Self.errors(whole).count == 2, "\(whole.stdout)")
    let all = try CLIRunner.run(["check", "content/**/*.m*"], cwd: dir)
    #expect(Self.errors(all) == Self.errors(whole) && all.stdout.contains("in 3 files"))
    let one = try CLIRunner.run(["check", "content/guides/[b]*"], cwd: dir)
    #expect(Self.errors(one).count == 1 && one.stdout.contains("in 1 file"), "\(one.stdout)")
    let top = try CLIRunner.run(["check", "content/*.md"], cwd: dir)
    #expect(top.status == 0 && top.stdout.contains("in 1 file"), "one level only: \(top.stdout)")
    let none = try CLIRunner.run(["check", "content/**/*.mdx"], cwd: dir)
    #expect(none.status == 2 && none.stderr.contains("content/**/*.mdx: error: no page matches"))
  }
}
