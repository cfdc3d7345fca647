import Foundation
import Testing

@testable import ScimdocKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// JUnit failures are exactly the findings that fail the run: notes (and,
/// under the default `--fail-level error`, warnings) are passing cases with
/// the finding in `<system-out>`, as the text summary and the exit code say.
@Suite("JUnit fail level")
struct JUnitFailLevelTests {
  /// A docs error, warning and note, and a lint check that failed at note severity.
  static let report: Report = {
    func finding(_ rule: String, _ severity: Severity, line: Int) -> Diagnostic {
      Diagnostic(
        rule: rule, severity: severity, message: "\(rule) found",
        location: DiagnosticLocation(
          file: "content/a.md", line: line, column: 1, endLine: line, endColumn: 4))
    }
    let by = RequiredBy(
      location: DiagnosticLocation(
        file: "content/a.md", line: 9, column: 4, endLine: 9, endColumn: 30),
      quote: "Provisioning runs every 40 minutes")
    return Report(
      findings: [
        finding("anchor-broken", .error, line: 3),
        finding("contents-missing-heading", .warning, line: 5),
        finding("unmapped-setting", .note, line: 7),
      ],
      checks: [
        CheckResult(
          id: "p/syncInterval", rule: "requirement-missing", title: "/syncInterval equals PT40M",
          status: .failed, message: "'/syncInterval' is not set", requiredBy: by, severity: .note),
        CheckResult(
          id: "p/scope", rule: "requirement", title: "/scope equals assigned", status: .passed,
          requiredBy: by, severity: .error),
      ])
  }()

  /// The XML for `report` at `level` (nil: `--fail-level none`), parsed to check it is well formed.
  func junit(_ level: Severity?) throws -> String {
    var context = ReportContext()
    context.failLevel = level ?? .error
    context.neverFails = level == nil
    let xml = ReportFormat.junit.render(Self.report, context: context)
    _ = try XMLDocument(xmlString: xml, options: [])
    return xml
  }

  func count(_ text: String, _ needle: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func notesAreNeverFailures() throws {
    let xml = try junit(.error)
    // A lint report: the uncovered findings are the docs ones here.
    #expect(count(xml, "<failure") == 1)
    #expect(xml.contains("failures=\"1\"") && xml.contains("tests=\"5\""))
    #expect(
      xml.contains("<system-out>note: unmapped-setting found (content/a.md:7:1)</system-out>"))
    #expect(xml.contains("<system-out>note: &apos;/syncInterval&apos; is not set"))
    #expect(xml.contains("<system-out>warning: contents-missing-heading found"))
  }

  @Test func theFailLevelDecidesWhatFails() throws {
    let warning = try junit(.warning)
    #expect(count(warning, "<failure") == 2 && warning.contains("failures=\"2\""))
    #expect(warning.contains("<failure type=\"warning\""))
    let note = try junit(.note)
    #expect(count(note, "<failure") == 4 && note.contains("failures=\"4\""))
    let none = try junit(nil)
    #expect(count(none, "<failure") == 0 && none.contains("failures=\"0\""))
    #expect(none.contains("tests=\"5\""))
  }

  @Test func lintJUnitAgreesWithTheExitCode() throws {
    guard CLIRunner.binary != nil else { return }
    for (level, status) in [("error", Int32(1)), ("none", 0)] {
      let result = try CLIRunner.run(
        ["lint", "examples/kafkaman-tenant.json", "--format", "junit", "--fail-level", level],
        cwd: Contract.root, timeout: 120)
      #expect(result.status == status)
      let failures = count(result.stdout, "<failure")
      #expect(failures == (status == 1 ? 2 : 0), "--fail-level \(level): \(failures) failures")
    }
  }
}
