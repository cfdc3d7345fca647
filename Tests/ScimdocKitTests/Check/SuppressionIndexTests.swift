import Foundation
import Testing

@testable import ScimdocKit

/// Issue 15: suppression matching and secret scrubbing are lookups and one
/// pass, and they answer exactly what the straightforward versions answer.
@Suite struct SuppressionIndexTests {
  static func suppression(_ rules: [String], _ scope: Suppression.Scope, line: Int) -> Suppression {
    Suppression(
      rules: rules, scope: scope, reason: "r", targetLine: line,
      location: DiagnosticLocation(
        SourceRange(
          start: SourceLocation(line: 1, column: 1, offset: 0),
          end: SourceLocation(line: 1, column: 2, offset: 1)),
        in: "a.md"))
  }

  @Test func indexAnswersAsEverySuppressionWould() {
    let suppressions = [
      Self.suppression(["anchor-broken"], .nextLine, line: 4),
      Self.suppression(["*"], .nextLine, line: 9),
      Self.suppression(["title-smart-quotes", "updated-unpadded"], .file, line: 0),
    ]
    let index = SuppressionIndex(suppressions)
    for rule in ["anchor-broken", "title-smart-quotes", "updated-unpadded", "link-page-missing"] {
      for line in 1...12 {
        let finding = Diagnostic(
          rule: rule, severity: .error, message: "m",
          location: DiagnosticLocation(
            SourceRange(
              start: SourceLocation(line: line, column: 1, offset: 0),
              end: SourceLocation(line: line, column: 2, offset: 1)),
            in: "a.md"))
        #expect(
          index.covers(finding) == suppressions.contains { $0.covers(finding) },
          "\(rule) line \(line)")
      }
    }
  }

  @Test func trieScrubsTheLongestSecretAtEachPlaceInOnePass() {
    var redactor = Redactor(secrets: ["abcd", "abcdef", "zzzz"])
    redactor.add("abcd")
    #expect(redactor.scrub("x abcdefg abcd zzzzz") == "x [REDACTED]g [REDACTED] [REDACTED]z")
    #expect(redactor.scrub("nothing here") == "nothing here")
    let many = Redactor(secrets: (0..<2_000).map { "pw-\($0)-secret" })
    let line = (0..<2_000).map { "\"pw-\($0)-secret\"" }.joined(separator: ",")
    #expect(!many.scrub(line).contains("-secret"))
  }
}
