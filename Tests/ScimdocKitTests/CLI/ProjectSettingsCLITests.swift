import Foundation
import Testing

/// Issue 13: one reader of `.scimdoc.yml` for every command, found by walking
/// up from the page, and user input that is wrong is an error (exit 2), not
/// silently ignored.
@Suite struct ProjectSettingsCLITests {
  static let page = "---\ntitle: \"A\"\n---\n\n# Set up SCIM\n\n1. Turn on SCIM provisioning.\n"

  /// `manifest` read `.scimdoc.yml` only in the working directory, so the
  /// same page gave a different provider depending on where it ran.
  @Test func manifestFindsTheSettingsAboveThePageFromAnyFolder() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("settings-upward")
    defer { try? FileManager.default.removeItem(at: dir) }
    let docs = dir.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
    try Self.page.write(
      to: docs.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    // A misspelled profiles folder makes the settings visible in the result.
    try "profiles: profilez\n".write(
      to: dir.appendingPathComponent(".scimdoc.yml"), atomically: true, encoding: .utf8)
    for (cwd, page) in [
      (dir, "docs/a.md"), (docs, "a.md"), (dir.deletingLastPathComponent(), docs.path),
    ] {
      for command in ["manifest", "checklist"] {
        let result = try CLIRunner.run([command, page], cwd: cwd)
        #expect(result.status == 2, "\(command) in \(cwd.path): \(result.stderr)")
        #expect(result.stderr.contains("profilez"), "\(command): \(result.stderr)")
      }
    }
  }

  /// `--project` did nothing on manifest, checklist, diff and lint.
  @Test func projectFlagIsReadByManifestCommands() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("settings-flag")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.page.write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    try "colour: blue\n".write(
      to: dir.appendingPathComponent("other.yml"), atomically: true, encoding: .utf8)
    for args in [
      ["manifest", "a.md"], ["checklist", "a.md"], ["diff", "a.md", "a.md"],
    ] {
      let clean = try CLIRunner.run(args, cwd: dir)
      #expect(clean.status == 0, "\(args): \(clean.stderr)")
      let result = try CLIRunner.run(args + ["--project", "other.yml"], cwd: dir)
      #expect(result.status == 2, "\(args): \(result.stderr)")
      #expect(result.stderr.contains("unknown key 'colour'"), "\(args): \(result.stderr)")
    }
  }

  @Test func misspelledProfilesFolderIsAnError() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("profiles-missing")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.page.write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["manifest", "a.md", "--profiles", "profilez"], cwd: dir)
    #expect(result.status == 2)
    #expect(result.stderr.contains("profilez"), "\(result.stderr)")
  }

  /// `build --templates` with a broken template exited 0 and published no
  /// checklist; a misspelled folder was ignored.
  @Test func brokenOrMissingTemplatesStopTheBuild() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("templates-broken")
    defer { try? FileManager.default.removeItem(at: dir) }
    let content = dir.appendingPathComponent("content")
    let templates = dir.appendingPathComponent("tpl")
    for folder in [content, templates] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try Self.page.write(
      to: content.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    try "{{#items}} never closed\n".write(
      to: templates.appendingPathComponent("checklist.md.mustache"), atomically: true,
      encoding: .utf8)
    for folder in ["tpl", "tplz"] {
      let result = try CLIRunner.run(
        ["build", "content", "--out", "out", "--no-cache", "--templates", folder], cwd: dir)
      #expect(result.status == 2, "\(folder): \(result.stderr)")
      #expect(result.stderr.contains(folder), "\(folder): \(result.stderr)")
    }
  }
}
