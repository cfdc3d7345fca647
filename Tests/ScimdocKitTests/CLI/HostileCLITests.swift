import Foundation
import Testing

/// The hostile catalogue through the built binary: bounded time, exit 1 or 2
/// for bad input, a `path:line:col: error:` message, nothing on stdout for
/// tool errors, and no partial output file.
@Suite("Hostile inputs (CLI)", .serialized)
struct HostileCLITests {
  static let timeout = 60.0 * Bounded.timeScale

  static let pageCases =
    HostileCatalogue.frontMatter
    + HostileCatalogue.markdown.filter {
      if case .page = $0.reader { return true } else { return false }
    }

  @Test(arguments: pageCases)
  func dumpAndCheckAreBounded(_ hostile: HostileCase) throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("hostile-cli")
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = FileManager.default.createFile(
      atPath: dir.appendingPathComponent("page.md").path, contents: Data(hostile.make()))
    for command in ["dump", "check"] {
      let result = try CLIRunner.run([command, "page.md"], cwd: dir, timeout: Self.timeout)
      #expect(!result.timedOut, "\(hostile.name): \(command) hung")
      #expect(
        !result.signalled, "\(hostile.name): \(command) crashed: \(result.stderr.prefix(400))")
      switch hostile.expect {
      case .positionedError where command == "dump", .error where command == "dump":
        #expect(result.status == 2, "\(hostile.name): dump exit \(result.status)")
        #expect(result.stdout.isEmpty)
        if case .positionedError = hostile.expect {
          #expect(
            result.stderr.range(of: #"^page\.md:\d+:\d+: error: "#, options: .regularExpression)
              != nil,
            "\(hostile.name): \(result.stderr.prefix(300))")
        }
      case .positionedError, .error:
        #expect(
          result.status == 1 || result.status == 2, "\(hostile.name): check exit \(result.status)")
        #expect(
          result.stdout.contains("page.md:") || result.stderr.contains("page.md:"),
          "\(hostile.name): no message names the page")
      case .completes, .completesOrPositionedError:
        #expect(result.status <= 2, "\(hostile.name): \(command) exit \(result.status)")
      }
    }
  }

  @Test func twentyMegabytePage() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("hostile-20mb")
    defer { try? FileManager.default.removeItem(at: dir) }
    let bytes = Hostile.largePage(megabytes: 20)
    _ = FileManager.default.createFile(
      atPath: dir.appendingPathComponent("big.md").path, contents: Data(bytes))
    let refused = try CLIRunner.run(["check", "big.md"], cwd: dir, timeout: Self.timeout)
    #expect(refused.status == 2 || refused.status == 1)
    #expect((refused.stdout + refused.stderr).contains("8388608-byte limit"), "\(refused.stderr)")
    if Bounded.underSanitizer {
      print("note: under a sanitizer the 20 MB dump takes minutes; the library test covers it")
      return
    }
    let raised = try CLIRunner.run(
      ["dump", "--max-file-size", "30000000", "big.md"], cwd: dir, timeout: 300)
    print(
      "hostile CLI 20 MB page with a raised limit: dump \(String(format: "%.1f", raised.seconds))s")
    #expect(raised.status == 0 && !raised.timedOut, "\(raised.stderr.prefix(300))")
  }

  @Test func filesThatAreNotPages() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("hostile-files")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("folder.md"), withIntermediateDirectories: true)
    for (args, text) in [
      (["dump", "missing.md"], "missing.md: error: no such file"),
      (["dump", "folder.md"], "folder.md: error: is a directory"),
      (["check", "missing.md"], "missing.md"),
      (["build", "missing-dir", "--out", "out"], "missing-dir"),
    ] {
      let result = try CLIRunner.run(args, cwd: dir, timeout: Self.timeout)
      #expect(result.status == 2 || result.status == 1, "\(args): exit \(result.status)")
      #expect((result.stdout + result.stderr).contains(text), "\(args): \(result.stderr)")
    }
    #expect(
      !FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/index.json").path))
  }

  @Test func buildOverHostileTreeLeavesNoPartialFile() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("hostile-tree")
    defer { try? FileManager.default.removeItem(at: dir) }
    let content = try ContentTree.write(pages: 5, under: dir)
    for (i, hostile) in Self.pageCases.enumerated()
    where hostile.name != "md: 3000 nested list levels" {
      _ = FileManager.default.createFile(
        atPath: content.appendingPathComponent("hostile-\(i).md").path,
        contents: Data(hostile.make()))
    }
    let fm = FileManager.default
    try fm.createSymbolicLink(
      atPath: content.appendingPathComponent("loop").path, withDestinationPath: ".")
    try fm.createSymbolicLink(
      atPath: content.appendingPathComponent("a.md").path, withDestinationPath: "b.md")
    try fm.createSymbolicLink(
      atPath: content.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
    let result = try CLIRunner.run(["build", "content", "--out", "out"], cwd: dir, timeout: 300)
    #expect(!result.timedOut && !result.signalled, "\(result.stderr.suffix(400))")
    #expect(result.status == 1 || result.status == 2)
    let out = dir.appendingPathComponent("out")
    for rel in filesUnder(out) {
      #expect(!rel.contains(".tmp-"), "temporary left: \(rel)")
      if rel.hasSuffix(".json") {
        let data = try Data(contentsOf: out.appendingPathComponent(rel))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(rel) is not valid JSON")
      }
    }
  }
}
