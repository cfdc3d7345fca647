import Testing

@testable import ScimdocKit

@Suite struct SuppressionMarkerTests {
  /// The pre-filter finds the marker wherever it is, and only the whole marker.
  @Test func markerSearch() {
    let marker = "scimdoc-disable"
    for text in [
      marker, "x" + marker, marker + "x", "<!-- \(marker)-next-line a -->", "sbb\(marker)b",
      String(repeating: "b", count: 40) + marker,
    ] {
      #expect(SuppressionScanner.mentionsMarker(Array(text.utf8)), "\(text)")
    }
    for text in [
      "", "b", "scimdoc-disabl", "cimdoc-disable", "scimdoc-Disable", "scimdoc disable",
      String(repeating: "scimdoc-disabl b", count: 20),
    ] {
      #expect(!SuppressionScanner.mentionsMarker(Array(text.utf8)), "\(text)")
    }
  }

  /// A page whose only suppression is in a list item's HTML is still read.
  @Test func commentsAreStillFound() {
    let file = SourceFile(
      path: "s.md",
      text:
        "- item\n\n  <!-- scimdoc-disable-next-line anchor-broken reason=\"old\" -->\n  [x](#y)\n")
    let (found, problems) = SuppressionScanner.scan(MarkdownParser.parse(file), in: file)
    #expect(found.map(\.rules) == [["anchor-broken"]])
    #expect(problems.isEmpty)
  }
}
