import Foundation
import Testing

/// Every command, in every output format, over inputs holding a canary
/// token: the canary appears in no stdout, stderr, written file or cache.
@Suite("Secret canary", .serialized)
struct SecretCanaryTests {
  static let canary = "CANARY7f3c9e1d5b2a4d8e"

  /// The report formats of `check`, `build` and `lint`.
  static let reportFormats = ["text", "json", "sarif", "github", "junit"]

  @Test func canaryAppearsNowhere() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("canary")
    defer { try? FileManager.default.removeItem(at: dir) }
    try writeInputs(dir)
    let order = ["dump", "check", "build", "manifest", "checklist", "lint", "diff"]
    let commands = CLIRunner.subcommands(cwd: dir).sorted {
      (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99)
    }
    print("canary test: commands \(commands.joined(separator: ", "))")
    #expect(commands.contains("build") && commands.contains("check") && commands.contains("dump"))
    var runs = 0
    for command in commands {
      for argv in invocations(command) {
        let result = try CLIRunner.run(argv, cwd: dir, timeout: 120 * Bounded.timeScale)
        runs += 1
        #expect(!result.timedOut && !result.signalled, "\(argv): crashed or hung")
        #expect(result.status <= 2, "\(argv): exit \(result.status)")
        // Its tail: the canary in any spelling (one input writes its `C` as `\u0043`).
        let tail = String(Self.canary.dropFirst())
        #expect(!result.stdout.contains(tail), "stdout of \(argv) leaks the canary")
        #expect(!result.stderr.contains(tail), "stderr of \(argv) leaks the canary")
      }
    }
    let inputs = Set(
      ["content/leaky.md", "content/leaky-v2.md", "native.json", "graph.json"]
        + Self.brokenConfigs.keys)
    var scanned = 0
    for rel in filesUnder(dir) where !inputs.contains(rel) {
      scanned += 1
      let data = try Data(contentsOf: dir.appendingPathComponent(rel))
      #expect(
        data.range(of: Data(Self.canary.dropFirst().utf8)) == nil, "\(rel) holds the canary")
    }
    print("canary test: \(runs) runs, \(scanned) written files scanned")
    #expect(scanned > 0, "no command wrote a file")
  }

  /// Every invocation of `command` to try: each input kind, each format,
  /// stdout and `-o` files. Order matters: `manifest -o` runs before `lint
  /// --manifest` reads its file.
  private func invocations(_ command: String) -> [[String]] {
    let page = "content/leaky.md"
    let configs = ["native.json", "graph.json"] + Self.brokenConfigs.keys.sorted()
    switch command {
    case "dump": return ["tree", "cmark-xml"].map { ["dump", page, "--format", $0] }
    case "check":
      return Self.reportFormats.flatMap { f in
        [["check", "content", "--format", f], ["check", page, "--format", f]]
      }
    case "build":
      return Self.reportFormats.map {
        ["build", "content", "--out", "out-\($0)", "--cache-dir", "cache", "--format", $0]
      }
    case "manifest": return [["manifest", page], ["manifest", page, "-o", "leaky.manifest.json"]]
    case "checklist":
      return ["md", "html", "json"].flatMap { f in
        [
          ["checklist", page, "--format", f],
          ["checklist", page, "--format", f, "-o", "list.\(f)"],
        ]
          + configs.map { ["checklist", page, "--format", f, "--config", $0] }
      }
    case "lint":
      return configs.flatMap { config in
        Self.reportFormats.flatMap { f in
          [
            ["lint", config, "--format", f], ["lint", config, "--docs", "content", "--format", f],
            ["lint", config, "--docs", page, "--format", f],
            ["lint", config, "--manifest", "leaky.manifest.json", "--format", f],
          ]
        }
      }
    case "diff":
      return [
        ["diff", page, "content/leaky-v2.md"], ["diff", page, "content/leaky-v2.md", "--json"],
      ]
    default: return []
    }
  }

  /// Configs that fail to load, the canary on the line the error quotes
  /// (regression: `lint` and `checklist --config` printed it unmasked).
  static let brokenConfigs: [String: String] = [
    "broken-syntax.json": #"{"provider": "entra", "secretToken": "\#(canary)", "x": tru}"#,
    "broken-graph.json":
      #"{"secrets": {"value": [{"key": "SecretToken", "value": "\#(canary)"}, ]}}"#,
    "broken-type.json": #"{"provider": "entra", "secretToken": "\#(canary)", "users": 5}"#,
    "broken-truncated.json": #"{"provider": "entra", "secretToken": "\#(canary)"#,
    "broken-control.json": "{\"secretToken\": \"\(canary)\u{1}\"}",
    // Credentials in a tenant URL, printed by every lint format (issue 15).
    "url-key.json":
      #"{"provider": "entra", "tenantUrl": "https://api.widgetry.example/scim?api_key=\#(canary)"}"#,
    "url-user.json":
      #"{"provider": "entra", "tenantUrl": "https://\#(canary)@api.widgetry.example/scim/v2/"}"#,
    // An unknown key is an error that quotes its line (issue 15).
    "broken-unknown-key.json": #"{"provider": "entra", "password": "\#(canary)"}"#,
    "broken-escaped.json":
      #"{"provider": "entra", "secretToken": "\#(canary.replacingOccurrences(of: "C", with: "\\u0043"))", "x": 1}"#,
  ]

  /// A native config, a Graph bundle, broken configs and two versions of a
  /// page, each holding the canary.
  private func writeInputs(_ dir: URL) throws {
    let c = Self.canary
    for (name, text) in Self.brokenConfigs {
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
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
        of: "\n---\n", with: "\nscim_api_key: \"k-\(c)\"\n---\n", options: [],
        range: nil
      ).replacingOccurrences(
        of: "## Mapping attributes",
        with: """
          1. In **Secret Token**, paste the key, then test with
             `Authorization: Bearer \(c)`.
          1. In the **Authorization Header** field, enter `Bearer \(c)`.
          1. Set the **Proxy URL** to `https://proxy:\(c)@proxy.widgetry.example:8080/`.
          1. In the **Tenant URL** field, enter `https://scim:\(c)@api.widgetry.example/scim/v2/`.
          1. In the **API Token** field, enter `\(c)`, as
             [the token page](https://api.widgetry.example/help?access_token=\(c)) shows.
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
