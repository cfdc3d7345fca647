import Foundation
import Testing

@testable import ScimdocKit

/// The typed rule ids, the catalogues and the ids the sources emit agree.
@Suite struct RuleIDTests {
  @Test func catalogueAndRuleIDsAreTheSame() {
    #expect(RuleCatalog.ids == Set(RuleID.allCases.map(\.rawValue)))
  }

  /// Every `rule: "..."` a source file writes is a ``RuleID`` (so it is in the
  /// catalogue, SARIF's rule table and docs/rules.md). `requirement` names the
  /// passing checks of JUnit, never a finding.
  @Test func everyEmittedIdIsARuleID() throws {
    let root = TestPaths.packageRoot.appendingPathComponent("Sources/ScimdocKit")
    let files = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
    let regex = try NSRegularExpression(pattern: #"\brule: "([a-z*-]+)""#)
    var unknown: [String] = []
    var seen = 0
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      let ns = text as NSString
      for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        let id = ns.substring(with: m.range(at: 1))
        seen += 1
        if id != "requirement", RuleID(rawValue: id) == nil { unknown.append("\(file): \(id)") }
      }
    }
    #expect(seen > 20)
    #expect(unknown == [])
  }

  @Test func everyRuleIDIsInTheReference() {
    let reference = RuleReferenceDocument.render()
    for id in RuleID.allCases {
      #expect(reference.contains("<a id=\"\(id.rawValue)\"></a>"), "\(id.rawValue)")
    }
  }
}
