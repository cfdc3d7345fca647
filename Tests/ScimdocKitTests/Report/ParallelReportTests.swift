import Foundation
import Testing

@testable import ScimdocKit

/// A large JSON report is rendered ahead on several threads: the bytes must
/// be those of the one-thread rendering, secrets scrubbed alike.
@Suite struct ParallelReportTests {
  static func report(findings count: Int) -> Report {
    var findings: [Diagnostic] = []
    for i in 0..<count {
      findings.append(
        Diagnostic(
          rule: i % 3 == 0 ? "link-page-missing" : "link-anchor-broken",
          severity: i % 5 == 0 ? .warning : .error,
          message: i % 97 == 0
            ? "link with Authorization: Bearer abc\(i)defghijkl in it"
            : "link to '/docs/page-\(i % 41)/#part-\(i)' is broken",
          location: DiagnosticLocation(
            file: "site/page-\(i % 53).md", line: 1 + i % 211, column: 1 + i % 7,
            endLine: 1 + i % 211,
            endColumn: 9 + i % 7),
          fix: i % 2 == 0 ? "fix it" : nil,
          notes: i % 11 == 0 ? ["see https://u:pw\(i)@example.com/x"] : [],
          suppressed: i % 13 == 0))
    }
    return Report(findings: findings, suppressedCount: count / 13 + 1, filesChecked: 53)
  }

  static func json(_ report: Report, threads: Int) -> [UInt8] {
    var context = ReportContext()
    context.threads = threads
    var out: [UInt8] = []
    ReportFormat.json.write(report, context: context) { out += $0 }
    return out
  }

  @Test(arguments: [10, 255, 256, 1000, 3001])
  func threadsDoNotChangeTheBytes(_ count: Int) throws {
    let report = Self.report(findings: count)
    let one = Self.json(report, threads: 1)
    #expect(!one.isEmpty)
    for threads in [2, 3, 8] {
      #expect(Self.json(report, threads: threads) == one, "threads \(threads), \(count) findings")
    }
    let text = String(decoding: one, as: UTF8.self)
    #expect(!text.contains("abc97defghijkl"))
    #expect(!text.contains("pw11@"))
    // Every unsuppressed finding is there, in order.
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(one)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == report.findings.filter { !$0.suppressed }.count)
  }
}
