import Foundation
import Testing

/// `scimdoc build` killed with SIGKILL at random moments never leaves a
/// partial or corrupt file behind, and the next run cleans up and produces
/// exactly what a clean build does.
@Suite("SIGKILL during build", .serialized)
struct KillDuringBuildTests {
  static let kills = 30

  @Test func killedBuildsLeaveOnlyCompleteFiles() throws {
    guard let binary = CLIRunner.binary else { return }
    let dir = try makeTempDir("kill")
    defer { try? FileManager.default.removeItem(at: dir) }
    try ContentTree.write(pages: 200, under: dir)
    let clean = try CLIRunner.run(
      ["build", "content", "--out", "clean", "--cache-dir", "clean-cache"], cwd: dir, timeout: 300)
    #expect(clean.status == 0 || clean.status == 1, "clean build: \(clean.stderr)")
    let expected = try snapshot(dir.appendingPathComponent("clean"))
    #expect(expected["index.json"] != nil)
    // Kills land in a window as long as a full build: the fastest of three
    // timed ones, so one slow moment of a busy machine does not stretch it
    // until most kills come after the build has ended.
    var fastest = clean.seconds
    for _ in 0..<2 {
      let timed = try CLIRunner.run(
        ["build", "content", "--out", "timed", "--no-cache"], cwd: dir, timeout: 300)
      fastest = min(fastest, timed.seconds)
    }
    var rng = SeededRNG(state: 0x5C1D_0C)
    let window = max(0.05, fastest * 1.1)
    var killedMidway = 0
    var leftovers = 0
    for round in 0..<Self.kills {
      var args = ["build", "content", "--out", "out", "--cache-dir", "cache"]
      if round % 3 != 0 { args.append("--no-cache") }
      let running = try CLIRunner.start(binary, args, cwd: dir)
      usleep(UInt32(Double.random(in: 0...window, using: &rng) * 1_000_000))
      kill(running.process.processIdentifier, SIGKILL)
      running.process.waitUntilExit()
      let result = running.finish(seconds: 0, timeout: 1)
      if result.signalled { killedMidway += 1 }
      leftovers += temporaries(dir.appendingPathComponent("out")).count
      leftovers += temporaries(dir.appendingPathComponent("cache")).count
      try checkComplete(dir.appendingPathComponent("out"), expected: expected, round: round)
      try checkCache(dir.appendingPathComponent("cache"), round: round)
    }
    print(
      "kill test: \(killedMidway)/\(Self.kills) runs killed before finishing (window \(window)s), \(leftovers) temporaries seen"
    )
    #expect(killedMidway >= Self.kills / 4, "too few kills landed mid-build")
    let final = try CLIRunner.run(
      ["build", "content", "--out", "out", "--cache-dir", "cache"], cwd: dir, timeout: 300)
    #expect(final.status == clean.status, "\(final.stderr)")
    let out = dir.appendingPathComponent("out")
    #expect(try snapshot(out) == expected, "final build differs from a clean build")
    #expect(temporaries(out).isEmpty, "temporaries left: \(temporaries(out))")
    #expect(temporaries(dir.appendingPathComponent("cache")).isEmpty)
  }

  /// Visible files under `root` with their bytes (temporaries excluded).
  private func snapshot(_ root: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for rel in filesUnder(root) where !isTemporary(rel) {
      out[rel] = try Data(contentsOf: root.appendingPathComponent(rel))
    }
    return out
  }

  private func isTemporary(_ rel: String) -> Bool {
    let name = (rel as NSString).lastPathComponent
    return name.hasPrefix(".") && name.contains(".tmp-")
  }

  private func temporaries(_ root: URL) -> [String] { filesUnder(root).filter(isTemporary) }

  /// Every visible file is byte-identical to the clean build's (the input
  /// never changes), and every JSON file parses.
  private func checkComplete(_ root: URL, expected: [String: Data], round: Int) throws {
    for (rel, data) in try snapshot(root) {
      #expect(expected[rel] == data, "round \(round): \(rel) is partial or unexpected")
      if rel.hasSuffix(".json") {
        #expect(
          (try? JSONSerialization.jsonObject(with: data)) != nil, "round \(round): \(rel) corrupt")
      }
    }
  }

  /// Every visible cache entry is complete JSON.
  private func checkCache(_ root: URL, round: Int) throws {
    for rel in filesUnder(root) where !isTemporary(rel) {
      let data = try Data(contentsOf: root.appendingPathComponent(rel))
      #expect(
        (try? JSONSerialization.jsonObject(with: data)) != nil,
        "round \(round): cache \(rel) corrupt")
    }
  }
}
