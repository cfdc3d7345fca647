import Foundation
import Testing

/// The README's `az rest` recipe: three Graph responses combined with its
/// `jq -s` line give the same `lint` findings as the bundled export they
/// were taken from. Skipped loudly without jq.
@Suite("README Graph export recipe")
struct GraphExportRecipeTests {
  static let combine =
    "jq -s '{jobs: .[0], secrets: .[1], schema: .[2]}' jobs.json secrets.json schema.json"
    + " > tenant-graph.json"

  @Test func theJqCombinationLintsLikeTheBundledExport() throws {
    guard CLIRunner.binary != nil else { return }
    let root = TestPaths.packageRoot
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(Self.combine), "the README shows the command this test runs")
    guard ExternalTool.find("jq") != nil else {
      print("⚠️  SKIPPED: jq is not installed; the README's Graph export recipe was not tried")
      return
    }
    let dir = try makeTempDir("graph-recipe")
    defer { try? FileManager.default.removeItem(at: dir) }
    let export = root.appendingPathComponent("examples/kafkaman-graph-export.json").path
    // What `az rest` returns: each response on its own.
    for key in ["jobs", "secrets", "schema"] {
      let part = try ExternalTool.run(["jq", ".\(key)", export], cwd: dir)
      try part.output.write(
        to: dir.appendingPathComponent("\(key).json"), atomically: true, encoding: .utf8)
    }
    let jq = try ExternalTool.run(["sh", "-c", Self.combine], cwd: dir)
    #expect(jq.status == 0, "\(jq.output)")
    func findings(_ config: String, _ cwd: URL) throws -> [String] {
      let result = try CLIRunner.run(
        [
          "lint", config, "--docs", root.appendingPathComponent("content").path, "--format", "json",
        ],
        cwd: cwd)
      #expect(result.status == 1, "\(result.stderr)")
      let object = try #require(
        JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let list = try #require(object["findings"] as? [[String: Any]])
      return list.map { "\($0["rule"] ?? "") \($0["message"] ?? "")" }
    }
    let combined = try findings("tenant-graph.json", dir)
    let bundled = try findings(export, dir)
    #expect(!combined.isEmpty && combined == bundled)
  }
}
