import Foundation
import Testing

/// Nothing a page says (page id, links, file names) and nothing in the
/// output folder (a planted symlink) makes `build` write outside `--out`.
@Suite("Build writes only inside --out", .serialized)
struct PathEscapeTests {
  @Test func hostileNamesStayInside() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("escape")
    defer { try? FileManager.default.removeItem(at: dir) }
    let work = dir.appendingPathComponent("work")
    let content = try ContentTree.write(pages: 2, under: work)
    let fm = FileManager.default
    let hostileIDs = [
      "../../../escaped", "/tmp/escaped-abs", "..", ".", "a/../../b", "%2e%2e/x", "con\\..\\x",
      "<script>alert(1)</script>",
    ]
    for (i, id) in hostileIDs.enumerated() {
      let page = ContentTree.page(i).replacingOccurrences(
        of: "page_id: \"connecting_widgetry_\(i)\"",
        with: "page_id: \"\(id.replacingOccurrences(of: "\\", with: "\\\\"))\""
      ).replacingOccurrences(
        of: "See also", with: "See [up](../../../../../etc/passwd) and [abs](/../../x) also")
      try page.write(
        to: content.appendingPathComponent("id-\(i).md"), atomically: true, encoding: .utf8)
    }
    for name in ["..md", "...md", ".hidden.md", "-rf.md", "a b.md"] {
      try ContentTree.page(50).write(
        to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    try fm.createDirectory(
      at: content.appendingPathComponent("..dots"), withIntermediateDirectories: true)
    try ContentTree.page(51).write(
      to: content.appendingPathComponent("..dots/x.md"), atomically: true, encoding: .utf8)
    let before = Set(filesUnder(dir))
    let result = try CLIRunner.run(
      ["build", "content", "--out", "out", "--cache-dir", "cache"], cwd: work, timeout: 120)
    #expect(!result.signalled && (result.status == 0 || result.status == 1), "\(result.stderr)")
    let added = Set(filesUnder(dir)).subtracting(before)
    let outside = added.filter { !$0.hasPrefix("work/out/") && !$0.hasPrefix("work/cache/") }
    #expect(outside.isEmpty, "written outside --out: \(outside.sorted())")
    #expect(!fm.fileExists(atPath: "/tmp/escaped-abs"))
    #expect(added.contains("work/out/index.json"))
  }

  @Test func plantedSymlinkInOutIsRefused() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("escape-link")
    defer { try? FileManager.default.removeItem(at: dir) }
    try ContentTree.write(pages: 2, under: dir)
    let elsewhere = dir.appendingPathComponent("elsewhere")
    let out = dir.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: out.appendingPathComponent("index.json").path,
      withDestinationPath: elsewhere.appendingPathComponent("victim.json").path)
    let result = try CLIRunner.run(
      ["build", "content", "--out", "out", "--no-cache"], cwd: dir, timeout: 120)
    #expect(!result.signalled, "\(result.stderr)")
    #expect(filesUnder(elsewhere).isEmpty, "wrote through a symlink: \(filesUnder(elsewhere))")
    #expect(result.status == 2, "exit \(result.status): \(result.stderr)")
  }
}

extension PathEscapeTests {
  /// Regression: stale-file removal trusted the previous `index.json`, so a
  /// planted index listing `link/victim` with `out/link` a symlink removed a
  /// file outside --out.
  @Test func staleRemovalNeverFollowsASymlink() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("escape-stale")
    defer { try? FileManager.default.removeItem(at: dir) }
    try ContentTree.write(pages: 1, under: dir)
    let fm = FileManager.default
    let elsewhere = dir.appendingPathComponent("elsewhere")
    let out = dir.appendingPathComponent("out")
    try fm.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    try fm.createDirectory(at: out, withIntermediateDirectories: true)
    try "keep".write(
      to: elsewhere.appendingPathComponent("victim"), atomically: true, encoding: .utf8)
    try fm.createSymbolicLink(
      atPath: out.appendingPathComponent("link").path, withDestinationPath: elsewhere.path)
    let index =
      #"{"files": ["link/victim"], "findings": [], "formatVersion": "1.0", "pages": [], "#
      + #""summary": {"errors": 0, "warnings": 0, "notes": 0, "suppressed": 0}, "tool": "x"}"#
    try index.write(to: out.appendingPathComponent("index.json"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(
      ["build", "content", "--out", "out", "--no-cache"], cwd: dir, timeout: 120)
    #expect(!result.signalled, "\(result.stderr)")
    #expect(
      fm.fileExists(atPath: elsewhere.appendingPathComponent("victim").path),
      "removed through a symlink")
  }
}
