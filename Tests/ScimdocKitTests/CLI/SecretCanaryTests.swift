import Foundation
import Testing

/// Every command, in every output format, over inputs holding a canary
/// token: the canary appears in no stdout, stderr, written file or cache.
@Suite("Secret canary", .serialized)
struct SecretCanaryTests {
  static let canary = "CANARY7f3c9e1d5b2a4d8e"

  /// Formats tried with every command; a command rejects the ones it does
  /// not know with a usage error, whose output is checked all the same.
  static let formats = [
    "text", "json", "sarif", "github", "junit", "tree", "cmark-xml", "markdown", "md", "html",
  ]

  @Test func canaryAppearsNowhere() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("canary")
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeInputs(dir)
    let commands = CLIRunner.subcommands(cwd: dir)
    print("canary test: commands \(commands.joined(separator: ", "))")
    #expect(commands.contains("build") && commands.contains("check") && commands.contains("dump"))
    var runs = 0
    for command in commands {
      for args in invocations(command) {
        for format in Self.formats {
          let argv = [command] + args + ["--format", format]
          let result = try CLIRunner.run(argv, cwd: dir, timeout: 120)
          runs += 1
          #expect(!result.timedOut && !result.signalled, "\(argv): crashed or hung")
          #expect(!result.stdout.contains(Self.canary), "stdout of \(argv) leaks the canary")
          #expect(!result.stderr.contains(Self.canary), "stderr of \(argv) leaks the canary")
        }
      }
    }
    let inputs: Set<String> = [
      "content/leaky.md", "content/leaky-v2.md", "native.json", "graph.json",
    ]
    var scanned = 0
    for rel in filesUnder(dir) where !inputs.contains(rel) {
      scanned += 1
      let data = try Data(contentsOf: dir.appendingPathComponent(rel))
      #expect(data.range(of: Data(Self.canary.utf8)) == nil, "\(rel) holds the canary")
    }
    print("canary test: \(runs) runs, \(scanned) written files scanned")
    #expect(scanned > 0, "no command wrote a file")
  }

  /// The argument lists to try for one command.
  private func invocations(_ command: String) -> [[String]] {
    switch command {
    case "dump": [["content/leaky.md"]]
    case "check": [["content"], ["content/leaky.md"]]
    case "build": [["content", "--out", "out", "--cache-dir", "cache"]]
    case "manifest", "checklist":
      [["content/leaky.md"], ["content/leaky.md", "--out", "out-\(command)"]]
    case "lint":
      [
        ["native.json"], ["graph.json"], ["native.json", "--docs", "content"],
        ["graph.json", "--docs", "content"], ["native.json", "content/leaky.md"],
        ["graph.json", "--manifest", "content/leaky.md"],
      ]
    case "diff": [["content/leaky.md", "content/leaky-v2.md"]]
    default: []
    }
  }

  /// A native config, a Graph bundle and two versions of a page, each
  /// holding the canary.
  private func writeInputs(_ dir: URL) throws {
    let c = Self.canary
    let native = """
      {"provider": "entra", "tenantUrl": "https://api.widgetry.example/scim/v2/",
       "secretToken": "\(c)", "authentication": "bearer", "provisioningMode": "automatic"}
      """
    let graph = """
      {"provider": "entra-graph",
       "secrets": {"value": [{"key": "BaseAddress", "value": "https://api.widgetry.example/scim/v2/"},
                             {"key": "SecretToken", "value": "\(c)"}]},
       "jobs": {"value": [{"id": "scim.1", "templateId": "scim", "schedule": {"state": "Active", "interval": "PT40M"}}]}}
      """
    try native.write(
      to: dir.appendingPathComponent("native.json"), atomically: true, encoding: .utf8)
    try graph.write(to: dir.appendingPathComponent("graph.json"), atomically: true, encoding: .utf8)
    let content = try ContentTree.write(pages: 3, under: dir)
    for (name, extra) in [("leaky.md", ""), ("leaky-v2.md", "1. Select **Save** again.\n")] {
      let page = ContentTree.page(99).replacingOccurrences(
        of: "## Mapping attributes",
        with: """
          1. In **Secret Token**, paste the key, then test with
             `Authorization: Bearer \(c)`.
          \(extra)
          ```http
          GET /scim/v2/Users HTTP/1.1
          Authorization: Bearer \(c)
          ```

          Send Authorization: Bearer \(c) with each call, or use
          <https://admin:\(c)@api.widgetry.example/scim/v2/>.

          ## Mapping attributes
          """)
      try page.write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
  }
}
