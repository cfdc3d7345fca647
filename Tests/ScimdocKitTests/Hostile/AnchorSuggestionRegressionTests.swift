import Foundation
import Testing

@testable import ScimdocKit

/// Regression (found checking a 20 MB hostile page): every broken anchor
/// was compared with every heading, so `check` was quadratic in page size.
@Suite("Anchor suggestion regressions")
struct AnchorSuggestionRegressionTests {
  @Test func sameAnswersAsTheDirectSearch() {
    let texts = ["Set up SCIM", "Turn on provisioning", "Map attributes", "Set up groups", "Test"]
    let headings = texts.enumerated().map { i, text in
      HeadingInfo(
        level: 2, text: text, anchor: text.lowercased().replacingOccurrences(of: " ", with: "-"),
        byteRange: i..<(i + 1))
    }
    var suggester = AnchorSuggester(headings)
    for anchor in ["set-up", "groups-set", "provisioning", "nothing", "map-up", "set-up"] {
      #expect(
        suggester.suggestion(for: anchor) == ContentsCheck.suggestion(for: anchor, in: headings),
        "\(anchor)")
    }
  }

  @Test func manyBrokenLinksCheckInLinearTime() throws {
    let sections = (0..<6000).map {
      "## Section \($0)\n\nSee [here](#section-name-\($0 % 900)).\n\n"
    }
    let file = SourceFile(path: "many.md", text: sections.joined())
    let start = Date()
    let findings = ContentsCheck.run(try PageParser.parse(file))
    #expect(findings.count == 6000)
    #expect(Date().timeIntervalSince(start) < 15 * Bounded.timeScale)
  }
}
