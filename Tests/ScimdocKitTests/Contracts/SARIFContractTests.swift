import Foundation
import Testing

/// Real SARIF logs validate against the OASIS SARIF 2.1.0 schema (read from
/// `../shared/reference`, whose licence does not let us copy it here; the
/// tests skip loudly without it) and carry what code scanning needs:
/// invocations, per-rule help links, suppression reasons, and a log, not
/// nothing, when the tool fails.
@Suite("SARIF contract")
struct SARIFContractTests {
  static var schema: String? {
    TestPaths.shared("reference/sarif-schema-2.1.0.json", for: "SARIF schema validation")?.path
  }

  /// The first run of a SARIF log.
  func run(_ text: String) throws -> [String: Any] {
    let log = try Contract.object(text)
    return try #require((log["runs"] as? [[String: Any]])?.first)
  }

  /// The run's one invocation.
  func invocation(_ text: String) throws -> [String: Any] {
    try #require((try run(text)["invocations"] as? [[String: Any]])?.first)
  }

  @Test func realLogsValidateAndCarryTheirInvocation() throws {
    guard CLIRunner.binary != nil else { return }
    let site = try Contract.contradictionSite()
    defer { try? FileManager.default.removeItem(at: site) }
    var logs: [(String, String, Int)] = []  // label, log, exit code
    func sarif(_ label: String, _ args: [String], cwd: URL = Contract.root) throws {
      let result = try CLIRunner.run(args + ["--format", "sarif"], cwd: cwd, timeout: 300)
      logs.append((label, result.stdout, Int(result.status)))
    }
    try sarif("check content", ["check", "content"])
    try sarif("check acme", ["check", "content"], cwd: site)
    try sarif("lint tenant", ["lint", "examples/kafkaman-tenant.json"])
    try sarif("lint graph", ["lint", "examples/kafkaman-graph-export.json"])
    if let problems = TestPaths.shared("corpus/problem-pages", for: "SARIF of problem pages") {
      try sarif("problem pages", ["check", ".", "--fail-level", "none"], cwd: problems)
    }
    try sarif("missing file", ["check", "no-such-page.md"])
    try sarif("bad argument", ["check", "content", "--fail-level", "bogus"])
    for (label, log, status) in logs {
      let invocation = try invocation(log)
      #expect(invocation["exitCode"] as? Int == status, "\(label)")
      #expect(invocation["executionSuccessful"] as? Bool == (status != 2), "\(label)")
    }
    #expect(logs.map(\.2) == [0, 1, 1, 1] + (logs.count == 7 ? [0] : []) + [2, 2])
    for (label, log, _) in logs.suffix(2) {
      let notes = try #require(
        try invocation(log)["toolExecutionNotifications"] as? [[String: Any]], "\(label)")
      let text = (notes.first?["message"] as? [String: Any])?["text"] as? String ?? ""
      #expect(text.contains(label == "bad argument" ? "bogus" : "no such file"), "\(label)")
    }
    guard let schema = Self.schema else { return }
    // And a wrong log fails: a result placed on line 0.
    let broken = logs[1].1.replacingOccurrences(
      of: "\"startLine\" : [0-9]+", with: "\"startLine\" : 0", options: .regularExpression)
    #expect(broken != logs[1].1)
    let items = (logs + [("line 0", broken, 1)]).map {
      SchemaValidation.Item(schema: schema, instance: $0.1)
    }
    guard let errors = try SchemaValidation.errors(items) else { return }
    for ((label, _, _), list) in zip(logs, errors) {
      #expect(list.isEmpty, "\(label): \(list.prefix(5).joined(separator: "\n"))")
    }
    #expect(errors.last?.isEmpty == false, "a result on line 0 passed the SARIF schema")
  }

  @Test func rulesLinkToTheirRowInTheRuleReference() throws {
    guard CLIRunner.binary != nil else { return }
    let rules = Contract.root.appendingPathComponent("docs/rules.md")
    let reference = try String(contentsOf: rules, encoding: .utf8)
    var checked = 0
    for args in [["check", "content"], ["lint", "examples/kafkaman-tenant.json"]] {
      let log = try Contract.output(args + ["--format", "sarif"])
      let driver = (try run(log)["tool"] as? [String: Any])?["driver"] as? [String: Any]
      for rule in driver?["rules"] as? [[String: Any]] ?? [] {
        let id = try #require(rule["id"] as? String)
        let uri = try #require(rule["helpUri"] as? String, "\(id) has no helpUri")
        #expect(uri == "https://github.com/scimdoc/scimdoc/blob/main/docs/rules.md#\(id)")
        #expect(reference.contains("<a id=\"\(id)\"></a>`\(id)`"), "no anchor for \(id)")
        checked += 1
      }
    }
    #expect(checked > 20)
  }

  @Test func aSuppressionCarriesItsReason() throws {
    guard CLIRunner.binary != nil else { return }
    let site = try Contract.contradictionSite()
    defer { try? FileManager.default.removeItem(at: site) }
    let log = try Contract.output(["check", "content", "--format", "sarif"], cwd: site)
    let results = try #require(try run(log)["results"] as? [[String: Any]])
    let suppressed = results.compactMap { ($0["suppressions"] as? [[String: Any]])?.first }
    #expect(suppressed.count == 1)
    #expect(suppressed.first?["justification"] as? String == "a local test server")
    #expect(suppressed.first?["kind"] as? String == "inSource")
  }
}
