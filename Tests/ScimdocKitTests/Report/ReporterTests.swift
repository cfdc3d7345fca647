import Foundation
import Testing

@testable import ScimdocKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct ReporterTests {
  static let canary = "CANARY-s3cr3t-token-9f8e7d"

  static func sampleReport() -> (Report, ReportContext) {
    let config = SourceFile(
      path: "config.json",
      text: "{\n  \"tenantUrl\": \"http://x.example/scim\",\n  \"secretToken\": \"\(canary)\"\n}\n")
    let doc = DiagnosticLocation(
      file: "content/page.md", line: 22, column: 4, endLine: 22, endColumn: 60)
    let findings = [
      Diagnostic(
        rule: "requirement-mismatch", severity: .error,
        message:
          "'/tenantUrl' is 'http://x.example/scim' but the docs require 'https://x.example/scim/v2/'",
        location: DiagnosticLocation(
          file: "config.json", line: 2, column: 17, endLine: 2, endColumn: 39, pointer: "/tenantUrl"
        ),
        key: "/tenantUrl",
        requiredBy: RequiredBy(
          location: doc, quote: "In the **Tenant URL** field, enter `https://x`"),
        fix: "set the Tenant URL"),
      Diagnostic(
        rule: "secret-leak", severity: .warning, message: "token \(canary) and Bearer \(canary)x",
        location: DiagnosticLocation(
          file: "config.json", line: 3, column: 3, endLine: 3, endColumn: 15)),
    ]
    var context = ReportContext()
    context.sources = ["config.json": config]
    context.redactor = Redactor(secrets: [canary])
    let checks = [
      CheckResult(
        id: "tenant-url", rule: "requirement-mismatch", title: "Tenant URL", status: .failed,
        message: "wrong"),
      CheckResult(id: "scope", rule: "requirement-mismatch", title: "Scope", status: .passed),
    ]
    return (Report(findings: findings, checks: checks, filesChecked: 1), context)
  }

  /// Issue 15: redaction edited the rendered bytes, so a secret such as
  /// `test`, `results` or a number broke JUnit's XML and SARIF's JSON.
  @Test(arguments: ["test", "results", "scim", "1234", "error", "file\\"])
  func aShortSecretNeverCorruptsAFormat(_ secret: String) throws {
    let config = SourceFile(
      path: "config.json",
      text: "{\"tenantUrl\": \"http://x.example/scim\", \"secretToken\": \"\(secret)\"}\n")
    let finding = Diagnostic(
      rule: "requirement-mismatch", severity: .error,
      message: "'/tenantUrl' is 'http://x.example/scim' but the docs require https; test results",
      location: DiagnosticLocation(
        file: "config.json", line: 1, column: 15, endLine: 1, endColumn: 36))
    var context = ReportContext()
    context.sources = ["config.json": config]
    context.redactor = Redactor(secrets: [secret])
    let report = Report(findings: [finding], checks: [], filesChecked: 1)
    let sarif = ReportFormat.sarif.render(report, context: context)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let runs = try #require(object["runs"] as? [[String: Any]])
    #expect(runs.first?["results"] is [Any])
    let json = ReportFormat.json.render(report, context: context)
    #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
    let junit = ReportFormat.junit.render(report, context: context)
    #expect(XMLParser(data: Data(junit.utf8)).parse(), "JUnit is not XML with secret \(secret)")
    let text = ReportFormat.text.render(report, context: context)
    #expect(!text.contains("\"secretToken\": \"\(secret)\""))
  }

  /// Issue 15: ESC and BEL from a page reached text and GitHub output raw.
  @Test func textAndGitHubShowControlCharactersEscaped() {
    let page = SourceFile(path: "p\u{1B}.md", text: "See [a](#x\u{1B}]0;t\u{07}) \u{1B}[2J.\n")
    let finding = Diagnostic(
      rule: "anchor-broken", severity: .error, message: "link to '#x\u{1B}]0;t\u{07}' \u{9B}",
      location: DiagnosticLocation(
        file: page.path, line: 1, column: 5, endLine: 1, endColumn: 20),
      fix: "\u{1B}[31mfix\r")
    var context = ReportContext()
    context.sources = [page.path: page]
    context.color = false
    let report = Report(findings: [finding], checks: [], filesChecked: 1)
    for text in [
      TextReporter.render(report, context: context),
      GitHubReporter.render(report, context: context),
    ] {
      #expect(!text.unicodeScalars.contains { ControlCharacters.isControl($0) })
      #expect(text.contains("\\u{1B}]0;t\\u{7}"))
    }
  }

  @Test(arguments: ReportFormat.allCases)
  func noFormatLeaksTheCanary(_ format: ReportFormat) {
    let (report, context) = Self.sampleReport()
    let out = format.render(report, context: context)
    #expect(!out.isEmpty)
    #expect(!out.contains(Self.canary))
  }

  @Test func textIsCompilerStyleWithCaretRequiredByAndSummary() {
    let (report, context) = Self.sampleReport()
    let out = ReportFormat.text.render(report, context: context)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix("config.json:2:17: error[requirement-mismatch]: "))
    #expect(lines[1] == "    \"tenantUrl\": \"http://x.example/scim\",")
    #expect(
      lines[2] == "  " + String(repeating: " ", count: 16) + String(repeating: "^", count: 23))
    #expect(lines[3].hasPrefix("  = required by content/page.md:22:4: "))
    #expect(out.hasSuffix("1 error, 1 warning, 0 notes in 1 file\n"))
    #expect(!out.contains("\u{1B}["))
  }

  @Test func githubEscapesPropertiesAndData() {
    let (report, context) = Self.sampleReport()
    let out = ReportFormat.github.render(report, context: context)
    #expect(
      out.hasPrefix(
        "::error file=config.json,line=2,endLine=2,col=17,endColumn=39,title=scimdoc requirement-mismatch::"
      ))
    #expect(out.contains("%0Arequired by content/page.md:22:"))
  }

  @Test func junitHasOneCasePerRequirement() {
    let (report, context) = Self.sampleReport()
    let out = ReportFormat.junit.render(report, context: context)
    #expect(out.contains("tests=\"3\" failures=\"1\""))  // 2 requirements + 1 finding without one
    #expect(out.contains("<testcase classname=\"requirement-mismatch\" name=\"Scope\"/>"))
  }

  @Test func jsonIsVersionedWithFindings() throws {
    let (report, context) = Self.sampleReport()
    let out = ReportFormat.json.render(report, context: context)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    #expect(object["formatVersion"] as? String == JSONReporter.formatVersion)
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == 2)
    let location = try #require(findings[0]["location"] as? [String: Any])
    #expect(location["pointer"] as? String == "/tenantUrl")
  }

  @Test func fingerprintIgnoresLineNumbers() {
    let (report, _) = Self.sampleReport()
    var moved = report.findings[0]
    moved.location?.line += 10
    #expect(moved.fingerprint == report.findings[0].fingerprint)
  }

  @Test func sarifValidatesAgainstTheOfficialSchema() throws {
    guard let shared = TestPaths.shared else { return }
    guard TestPaths.hasPythonModule("jsonschema") else {
      print("⚠️  SKIPPED: python3 jsonschema is not installed; SARIF schema check did not run")
      return
    }
    let (report, context) = Self.sampleReport()
    let out = ReportFormat.sarif.render(report, context: context)
    #expect(out.contains("\"columnKind\" : \"unicodeCodePoints\""))
    let schema = shared.appendingPathComponent("reference/sarif-schema-2.1.0.json").path
    let result = TestPaths.run(
      [
        "python3", "-c",
        "import json,sys,jsonschema;s=json.load(open(sys.argv[1]));d=json.load(sys.stdin);"
          + "jsonschema.validate(d,s,format_checker=jsonschema.FormatChecker());print('ok')",
        schema,
      ], stdin: Data(out.utf8))
    #expect(result.status == 0, "\(result.stderr)")
  }
}
