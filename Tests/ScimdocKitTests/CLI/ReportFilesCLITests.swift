import Foundation
import Testing

/// Several `--format`s in one run and `-o [FORMAT=]FILE` report files
/// (Spectral's `-o.<format>`, ruff's `--output-file`), issue 14.
@Suite("CLI report files")
struct ReportFilesCLITests {
  static func site(_ label: String) throws -> URL {
    let dir = try makeTempDir(label)
    let content = dir.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try "---\ntitle: \"A\"\n---\n\nSee [x](#nowhere).\n".write(
      to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    return dir
  }

  static func json(_ url: URL) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  @Test func textOnStdoutAndSarifToAFile() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try Self.site("report-files")
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLIRunner.run(
      ["check", "content", "--format", "text", "--format", "sarif", "-o", "sarif=reports/r.sarif"],
      cwd: dir)
    #expect(result.status == 1)
    #expect(result.stdout.contains("content/a.md:5:5: error[anchor-broken]"))
    #expect(!result.stdout.contains("\"version\""), "SARIF went to its file, not stdout")
    let sarif = try Self.json(dir.appendingPathComponent("reports/r.sarif"))
    #expect(sarif["version"] as? String == "2.1.0")
    let runs = try #require(sarif["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["anchor-broken"])
    #expect(filesUnder(dir.appendingPathComponent("reports")) == ["r.sarif"], "no temp file left")
  }

  @Test func aPlainFileTakesTheStdoutFormatOnEveryCommand() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try Self.site("report-file-plain")
    defer { try? FileManager.default.removeItem(at: dir) }
    let check = try CLIRunner.run(
      ["check", "content", "--format", "github", "-o", "check.txt"], cwd: dir)
    #expect(check.status == 1 && check.stdout.isEmpty)
    let text = try String(contentsOf: dir.appendingPathComponent("check.txt"), encoding: .utf8)
    #expect(text.hasPrefix("::error file=content/a.md,line=5"))
    let build = try CLIRunner.run(
      ["build", "content", "--out", "pub", "--no-cache", "--output", "json=build.json", "-q"],
      cwd: dir)
    #expect(build.status == 1 && build.stdout.contains("anchor-broken"), "text stays on stdout")
    let report = try Self.json(dir.appendingPathComponent("build.json"))
    #expect((report["findings"] as? [Any])?.count == 1, "\(report.keys.sorted())")
    // The README's lint example, from the repository, with its JUnit to a file.
    let xml = dir.appendingPathComponent("lint.xml")
    let lint = try CLIRunner.run(
      ["lint", "examples/kafkaman-tenant.json", "-o", "junit=" + xml.path],
      cwd: TestPaths.packageRoot)
    let junit = try String(contentsOf: xml, encoding: .utf8)
    #expect(lint.stdout.contains("2 errors"), "text stays on stdout: \(lint.stdout)")
    #expect(lint.status == 1 && junit.hasPrefix("<?xml") && junit.contains("<testsuites"))
  }

  @Test func conflictsAndToolErrorsWriteNoFile() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try Self.site("report-file-errors")
    defer { try? FileManager.default.removeItem(at: dir) }
    let two = try CLIRunner.run(
      ["check", "content", "--format", "json", "--format", "sarif", "-o", "json=j.json"], cwd: dir)
    #expect(two.status == 0 || two.status == 1, "sarif alone on stdout is fine: \(two.stderr)")
    let three = try CLIRunner.run(
      ["check", "content", "--format", "json", "--format", "sarif", "-o", "x.json"], cwd: dir)
    #expect(three.status == 2 && three.stderr.contains("-o FORMAT=FILE"))
    let both = try CLIRunner.run(
      ["check", "content", "--format", "json", "--format", "text"], cwd: dir)
    #expect(both.status == 2 && both.stderr.contains("several formats would go to stdout"))
    let missing = try CLIRunner.run(
      ["check", "nosuch.md", "-o", "sarif=missing.sarif"], cwd: dir)
    #expect(missing.status == 2)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.json").path))
    #expect(
      !FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing.sarif").path))
  }

  /// `--root DIR`: paths relative to DIR in every format, whatever the
  /// working directory and however the paths were given.
  @Test func rootMakesEveryFormatsPathsRelative() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try Self.site("root")
    defer { try? FileManager.default.removeItem(at: dir) }
    let elsewhere = try makeTempDir("root-cwd")
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    let content = dir.appendingPathComponent("content").path
    let expected = [
      "text": "content/a.md:5:5: error[anchor-broken]",
      "github": "::error file=content/a.md,line=5",
      "json": "\"file\" : \"content/a.md\"", "sarif": "\"uri\" : \"content/a.md\"",
      "junit": "file=\"content/a.md\"",
    ]
    for (format, needle) in expected {
      let result = try CLIRunner.run(
        ["check", content, "--root", dir.path, "--format", format], cwd: elsewhere)
      #expect(result.status == 1 && result.stdout.contains(needle), "\(format): \(result.stdout)")
      #expect(!result.stdout.contains(dir.path), "\(format): no absolute path left")
    }
    // Inside the root relative, outside it absolute; the snippet still shows.
    let inner = try CLIRunner.run(["check", "content", "--root", "content"], cwd: dir)
    #expect(inner.stdout.hasPrefix("a.md:5:5: error[anchor-broken]"))
    let lint = try CLIRunner.run(
      ["lint", "examples/kafkaman-tenant.json", "--root", "examples"], cwd: TestPaths.packageRoot)
    #expect(
      lint.stdout.hasPrefix("kafkaman-tenant.json:9:12: error") && lint.stdout.contains("^^^^^"))
    let outside = try CLIRunner.run(["check", "content", "--root", elsewhere.path], cwd: dir)
    #expect(outside.stdout.contains(content + "/a.md:5:5"), "\(outside.stdout)")
  }
}
