import Foundation
import ScimdocKit
import Testing

/// Files that are not there, not files, not readable, or loop.
@Suite("Hostile files")
struct HostileFileTests {
  @Test func missingFile() {
    #expect(throws: InputError.self) { try SourceLoader().load("/nonexistent/scimdoc/page.md") }
    let error = try? SourceLoader().load("/nonexistent/page.md")
    #expect(error == nil)
  }

  @Test func directoryGivenAsAFile() throws {
    let dir = try makeTempDir("dir-as-file")
    defer { try? FileManager.default.removeItem(at: dir) }
    do {
      _ = try SourceLoader().load(dir.path)
      Issue.record("a directory loaded as a file")
    } catch {
      #expect(error.message == .notAFile)
      #expect(error.rendered.hasPrefix(dir.path + ": error: "))
    }
  }

  /// chmod 000 stops every user but root; the tests run as root in CI and
  /// in the dev containers, where the file stays readable (root bypasses
  /// permission bits via CAP_DAC_OVERRIDE), so there the case checks only
  /// that the read neither hangs nor crashes.
  @Test func unreadableFile() throws {
    let dir = try makeTempDir("unreadable")
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("secret.md").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("# Page\n".utf8))
    chmod(path, 0)
    defer { chmod(path, 0o644) }
    if geteuid() == 0 {
      print("note: running as root; chmod 000 does not stop root, the read succeeds")
      #expect(throws: Never.self) { try SourceLoader().load(path) }
      return
    }
    do {
      _ = try SourceLoader().load(path)
      Issue.record("an unreadable file was read")
    } catch {
      #expect(error.rendered.contains("cannot read file"))
    }
  }

  @Test func symlinkLoopsInAContentTree() throws {
    let dir = try makeTempDir("symlink-loop")
    defer { try? FileManager.default.removeItem(at: dir) }
    let fm = FileManager.default
    try fm.createDirectory(
      at: dir.appendingPathComponent("docs/sub"), withIntermediateDirectories: true)
    try "# A\n".write(
      to: dir.appendingPathComponent("docs/a.md"), atomically: true, encoding: .utf8)
    try fm.createSymbolicLink(
      atPath: dir.appendingPathComponent("docs/sub/loop").path, withDestinationPath: "..")
    try fm.createSymbolicLink(
      atPath: dir.appendingPathComponent("docs/self").path, withDestinationPath: "self")
    try fm.createSymbolicLink(
      atPath: dir.appendingPathComponent("docs/x.md").path, withDestinationPath: "y.md")
    try fm.createSymbolicLink(
      atPath: dir.appendingPathComponent("docs/y.md").path, withDestinationPath: "x.md")
    let root = dir.appendingPathComponent("docs").path
    let outcome = Bounded.run(seconds: 20) { () -> [String] in
      (try? DocsCheck.pages(in: [root], options: CheckOptions())) ?? ["error"]
    }
    guard case .finished(let pages, _) = outcome else {
      Issue.record("walking a tree with symlink loops did not finish")
      return
    }
    #expect(pages.count < 10, "pages: \(pages)")
  }
}
