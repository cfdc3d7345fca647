import Foundation
import Testing

/// `scimdoc probe` as a user runs it, against scim2-server: exit codes, every
/// report format, `--verbose`, SARIF validity, and a canary token that must
/// appear in no output and no written file.
@Suite("Probe CLI", .serialized)
struct ProbeCLITests {
  static let canary = "CANARYprobe4b7e2c9d"
  static let fixtures = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ScimdocKitTests/Probe/Fixtures")

  static func probe(_ args: [String], in dir: URL, token: String? = canary) throws
    -> CLIRunner.Result
  {
    try CLIRunner.run(
      ["probe"] + args, cwd: dir, timeout: 120 * Bounded.timeScale,
      environment: token.map { ["SCIMDOC_PROBE_TOKEN": $0] } ?? [:])
  }

  /// Runs `body` with scim2-server (the canary as its token) and a fresh
  /// folder, when the binary and the server are there.
  static func withServer(
    _ test: String, _ body: (LoopbackServer, URL) throws -> Void
  ) throws {
    guard CLIRunner.binary != nil else { return }
    guard let server = try LoopbackServer.scim2(token: canary, test: test) else { return }
    defer { server.stop() }
    let dir = try makeTempDir("probe-cli")
    defer { try? FileManager.default.removeItem(at: dir) }
    try body(server, dir)
  }

  @Test func everyFormatKeepsTheTokenSecretAndExitsAsLintDoes() throws {
    try Self.withServer(#function) { server, dir in try everyFormat(server, dir) }
  }

  private func everyFormat(_ server: LoopbackServer, _ dir: URL) throws {
    var runs = 0
    for (page, status) in [
      ("tallyframe-entra.md", Int32(0)), ("tallyframe-unknown-attribute.md", 1),
    ] {
      for format in ["text", "json", "sarif", "github", "junit"] {
        let out = "\(page)-\(format).out"
        let result = try Self.probe(
          [
            ProbeHarness.path(page), "--url", server.baseURL,
            "--allow-http-loopback", "--token-env", "SCIMDOC_PROBE_TOKEN", "--write", "--verbose",
            "--format", format, "-o", out,
          ], in: dir)
        runs += 1
        #expect(result.status == status, "\(page) \(format): \(result.stderr)")
        #expect(!result.signalled)
        let tail = String(Self.canary.dropFirst())
        #expect(!result.stdout.contains(tail) && !result.stderr.contains(tail))
        #expect(result.stderr.contains("Authorization: Bearer ***"), "\(result.stderr)")
        #expect(result.stderr.contains("probe: POST /v2/Users → 201"), "\(result.stderr)")
        #expect(result.stderr.contains("probe: DELETE /v2/Users/"), "\(result.stderr)")
      }
    }
    for file in filesUnder(dir) {
      let data = try Data(contentsOf: dir.appendingPathComponent(file))
      #expect(data.range(of: Data(Self.canary.dropFirst().utf8)) == nil, "\(file) leaks the token")
    }
    let reports = try ["tallyframe-entra.md", "tallyframe-unknown-attribute.md"].map {
      SchemaValidation.Item(
        schema: "report.schema.json",
        instance: try String(
          contentsOf: dir.appendingPathComponent("\($0)-json.out"), encoding: .utf8))
    }
    if let errors = try SchemaValidation.errors(reports) {
      #expect(errors.allSatisfy { $0.isEmpty }, "\(errors)")
    }
    let text = try String(
      contentsOf: dir.appendingPathComponent("tallyframe-unknown-attribute.md-text.out"),
      encoding: .utf8)
    #expect(text.contains("probe-attribute-unknown"), "\(text)")
    #expect(text.contains("'badgeColour'"), "\(text)")
    #expect(try ProbeHarness.userNames(base: server.baseURL, token: Self.canary).isEmpty)
    print("probe CLI: \(runs) runs, \(filesUnder(dir).count) report files scanned for the token")
  }

  @Test func sarifIsValid() throws {
    guard CLIRunner.binary != nil else { return }
    guard let schema = TestPaths.shared("reference/sarif-schema-2.1.0.json", for: "probe SARIF")
    else { return }
    guard TestPaths.hasPythonModule("jsonschema") else {
      print("⚠️  SKIPPED probe SARIF schema test: python3 has no jsonschema module")
      return
    }
    guard let server = try LoopbackServer.scim2(token: Self.canary, test: #function) else {
      return
    }
    defer { server.stop() }
    let result = try Self.probe(
      [
        ProbeHarness.path("tallyframe-unknown-attribute.md"), "--url",
        server.baseURL, "--allow-http-loopback", "--token-env", "SCIMDOC_PROBE_TOKEN",
        "--format", "sarif",
      ], in: Self.fixtures)
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"ruleId\" : \"probe-attribute-unknown\""), "\(result.stdout)")
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.load(sys.stdin)))
      print(len(errors)); [print(e.message) for e in errors[:5]]
      """
    let check = TestPaths.run(
      ["python3", "-c", script, schema.path], stdin: Data(result.stdout.utf8))
    #expect(check.stdout.hasPrefix("0\n"), "\(check.stdout)\(check.stderr)")
  }

  @Test(
    arguments: [
      (["--url", "http://127.0.0.1:9/v2"], "--allow-http-loopback"),
      (["--url", "http://scim.example.com/v2", "--allow-http-loopback"], "not 'scim.example.com'"),
      (
        ["--url", "https://scim.example.com/v2", "--token-env", "SCIMDOC_NO_SUCH_VAR"], "is not set"
      ),
      (["--url", "https://scim.example.com/v2"], "exactly one of --token-env"),
    ] as [([String], String)])
  func unusableInputExitsTwo(args: [String], says: String) throws {
    guard CLIRunner.binary != nil else { return }
    var argv = [ProbeHarness.path("tallyframe-entra.md")] + args
    if !args.contains("--token-env"), !says.contains("exactly one") {
      argv += ["--token-env", "SCIMDOC_PROBE_TOKEN"]
    }
    let result = try Self.probe(argv, in: Self.fixtures)
    #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains(says), "\(result.stderr)")
    #expect(!result.stderr.contains(String(Self.canary.dropFirst())))
  }

  @Test func templateURLNeedsURLAndSaysWhere() throws {
    guard CLIRunner.binary != nil else { return }
    let result = try Self.probe(
      [
        ProbeHarness.path("tallyframe-template-url.md"), "--token-env", "SCIMDOC_PROBE_TOKEN",
      ], in: Self.fixtures)
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("tallyframe-template-url.md:9:4: error: the page's tenant URL"),
      "\(result.stderr)")
    #expect(result.stderr.contains("give your own with --url URL"))
    #expect(result.stderr.contains("^"), "no caret under the sentence")
  }

  @Test func manifestInputProbesLikeItsPage() throws {
    try Self.withServer(#function) { server, dir in try manifestInput(server, dir) }
  }

  private func manifestInput(_ server: LoopbackServer, _ dir: URL) throws {
    let made = try CLIRunner.run(
      ["manifest", ProbeHarness.path("tallyframe-unknown-attribute.md"), "-o", "m.json"], cwd: dir)
    #expect(made.status == 0, "\(made.stderr)")
    let result = try Self.probe(
      [
        "m.json", "--url", server.baseURL, "--allow-http-loopback", "--token-env",
        "SCIMDOC_PROBE_TOKEN", "--format", "github",
      ], in: dir)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("probe-attribute-unknown"), "\(result.stdout)")
    #expect(result.stdout.contains("line=28"), "\(result.stdout)")
  }
}
