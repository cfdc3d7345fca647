import Foundation
import Testing

/// `scimdoc lint` on the Okta and OneLogin examples of `examples/`: clean
/// exports give 0 findings, drifted ones each drift at its line and pointer
/// with the page sentence, and the canary token appears in no output.
@Suite("Export lint (CLI)", .serialized)
struct ExportLintCLITests {
  static let root = TestPaths.packageRoot

  static func lint(_ args: [String]) throws -> CLIRunner.Result {
    try CLIRunner.run(["lint"] + args, cwd: root, timeout: 120 * Bounded.timeScale)
  }

  @Test(arguments: [
    "examples/ledgerline-okta-export.json", "examples/ledgerline-onelogin-export.json",
  ])
  func cleanExportsHaveNoFindings(_ path: String) throws {
    guard CLIRunner.binary != nil else { return }
    let result = try Self.lint([path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    // OneLogin's API holds none of the page's API Connection and admin
    // approval options: four notes to check them by hand, and nothing else.
    let notes = path.contains("onelogin") ? 4 : 0
    #expect(result.stdout.contains("0 errors, 0 warnings, \(notes) notes in 1 file"))
    let lines = result.stdout.split(separator: "\n").filter { $0.contains(": note[") }
    #expect(lines.count == notes)
    #expect(lines.allSatisfy { $0.contains("note[requirement-unverifiable]") })
  }

  /// (example, key, line, column, input pointer, page line, words of the sentence).
  static let drifts: [(String, String, Int, Int, String, Int, String)] = [
    ("okta", "/tenantUrl", 20, 16, "/connection/baseUrl", 32, "In Base URL, enter"),
    (
      "okta", "/features/enableApiIntegration", 25, 15, "/connection/status", 31,
      "Select Enable API integration"
    ),
    (
      "okta", "/users/actions", 38, 46,
      "/features/0/capabilities/update/lifecycleDeactivate/status", 43, "Deactivate Users"
    ),
    ("okta", "/features/pushGroups", 8, 17, "/app/features", 53, "Push Groups"),
    ("onelogin", "/tenantUrl", 19, 22, "/configuration/scim_base_url", 23, "SCIM Base URL"),
    (
      "onelogin", "/features/enableProvisioning", 16, 16, "/provisioning/enabled", 31,
      "Enable provisioning"
    ),
  ]

  @Test func driftedExportsPointAtEachDrift() throws {
    guard CLIRunner.binary != nil else { return }
    for provider in ["okta", "onelogin"] {
      let path = "examples/ledgerline-\(provider)-export-drifted.json"
      let result = try Self.lint([path, "--format", "json"])
      #expect(result.status == 1, "\(result.stderr)")
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      // The drifts; OneLogin's notes on what its export cannot hold aside.
      let findings = try #require(report["findings"] as? [[String: Any]]).filter {
        $0["rule"] as? String != "requirement-unverifiable"
      }
      let expected = Self.drifts.filter { $0.0 == provider }
      let keys = Set(findings.compactMap { $0["key"] as? String })
      #expect(keys == Set(expected.map(\.1)), "\(provider): \(keys)")
      for drift in expected {
        let finding = try #require(findings.first { $0["key"] as? String == drift.1 })
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["file"] as? String == path)
        #expect(location["line"] as? Int == drift.2, "\(drift.1) line")
        #expect(location["column"] as? Int == drift.3, "\(drift.1) column")
        #expect(location["pointer"] as? String == drift.4, "\(drift.1) pointer")
        let requiredBy = try #require(finding["requiredBy"] as? [String: Any])
        let page = try #require(requiredBy["location"] as? [String: Any])
        #expect((page["file"] as? String)?.hasPrefix("content/") == true)
        #expect((requiredBy["quote"] as? String)?.contains(drift.6) == true, "\(drift.1)")
        if drift.1 != "/features/pushGroups" { #expect(page["line"] as? Int == drift.5) }
      }
    }
  }

  /// The canary token of each example appears in no lint format's or
  /// checklist's stdout or stderr.
  @Test func canaryAppearsInNoOutput() throws {
    guard CLIRunner.binary != nil else { return }
    let canaries = [
      "okta": "CANARY-TOKEN-okta-5e2b9d71c4", "onelogin": "CANARY-TOKEN-onelogin-8a3f60d2e1",
    ]
    var runs = 0
    for (provider, canary) in canaries {
      let clean = "examples/ledgerline-\(provider)-export.json"
      let source = try String(contentsOf: Self.root.appendingPathComponent(clean), encoding: .utf8)
      #expect(source.contains(canary), "the example lost its canary")
      let page =
        provider == "okta"
        ? "content/setting-up-scim-with-okta.md"
        : "content/provisioning-ledgerline-from-onelogin.md"
      for path in [clean, "examples/ledgerline-\(provider)-export-drifted.json"] {
        let lints = ["text", "json", "sarif", "github", "junit"].map {
          ["lint", path, "--format", $0]
        }
        let checklists = ["md", "html", "json"].map {
          ["checklist", page, "--config", path, "--format", $0]
        }
        for argv in lints + checklists {
          let result = try CLIRunner.run(argv, cwd: Self.root, timeout: 120 * Bounded.timeScale)
          runs += 1
          #expect(result.status <= 1 && !result.stdout.isEmpty, "\(argv)")
          let tail = String(canary.suffix(10))
          #expect(!result.stdout.contains(tail), "\(argv) leaks the canary")
          #expect(!result.stderr.contains(tail), "\(argv) leaks the canary")
        }
      }
    }
    #expect(runs == 32)
  }

  /// README's console block for the drifted Okta export is what lint prints.
  @Test func readmeShowsTheRealOutput() throws {
    guard CLIRunner.binary != nil else { return }
    let readme = try String(
      contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    let command =
      "$ swift run scimdoc lint examples/ledgerline-okta-export-drifted.json"
      + " --format github\n"
    let start = try #require(readme.range(of: command), "README lost the Okta example")
    let end = try #require(readme[start.upperBound...].range(of: "```"))
    let shown = String(readme[start.upperBound..<end.lowerBound])
    let result = try Self.lint([
      "examples/ledgerline-okta-export-drifted.json", "--format", "github",
    ])
    #expect(shown == result.stdout)
  }

  @Test func malformedExportExitsTwoWithAPositionedError() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("export-malformed")
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = #"{"connection": {"profile": {"token": "CANARY-cli-77aa"}, "status": 1}}"#
    try text.write(to: dir.appendingPathComponent("okta.json"), atomically: true, encoding: .utf8)
    for format in ["text", "sarif"] {
      let result = try CLIRunner.run(
        [
          "lint", "okta.json", "--docs", Self.root.appendingPathComponent("content").path,
          "--format", format,
        ], cwd: dir)
      #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
      #expect(!result.signalled)
      #expect(!(result.stdout + result.stderr).contains("cli-77aa"))
      if format == "text" {
        #expect(result.stderr.contains("okta.json:1:68: error:"), "\(result.stderr)")
      }
    }
  }
}
