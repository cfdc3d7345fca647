import Foundation
import Testing

@testable import ScimdocKit

@Suite struct RuleReferenceDocumentTests {
  @Test func docsRulesMarkdownIsUpToDate() throws {
    let path = TestPaths.packageRoot.appendingPathComponent("docs/rules.md").path
    let committed = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      committed == RuleReferenceDocument.render(),
      "docs/rules.md is out of date. Please run 'swift run scimdoc rules > docs/rules.md'")
  }

  @Test func everyRuleIsListed() {
    let text = RuleReferenceDocument.render()
    for rule in DocRules.all { #expect(text.contains("`\(rule.description.id)`")) }
    for rule in LintRules.all { #expect(text.contains("`\(rule.id)`")) }
    for rule in ProbeRules.all { #expect(text.contains("`\(rule.id)`")) }
  }
}
