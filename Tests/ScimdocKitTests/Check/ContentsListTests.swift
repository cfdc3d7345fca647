import Testing

@testable import ScimdocKit

@Suite struct ContentsListTests {
  static let pages = [
    "# Title\n\n## Contents\n\n* [A](#a)\n\n## A\n",
    "> ## Contents\n\n## Other\n\n## Table of *contents*\n\n<!-- x -->\n\n- [B](#b)\n\n## B\n",
    "- ## Contents\n\n  - [C](#c)\n\n## On this page\n\n1. [C](#c)\n\n## C\n",
    "## Contents\n\nA paragraph, not a list.\n\n- [D](#d)\n",
    "Setext\n======\n\n  Contents  \n--------\n\n+ [E](#e)\n",
    "No headings at all.\n",
  ]

  /// Found from the page's heading list, the Contents list and its heading
  /// are the ones the heading texts give when made again.
  @Test func fromHeadingsAgreesWithTexts() {
    for text in Self.pages {
      let file = SourceFile(path: "c.md", text: text)
      let document = MarkdownParser.parse(file)
      let found = PageLinks.contents(
        in: document, headings: Anchors.headings(in: document, file: file))
      #expect(found?.list == PageLinks.contentsList(in: document), "\(text)")
      #expect(found?.heading == PageLinks.contentsHeading(in: document), "\(text)")
    }
    let file = SourceFile(path: "c.md", text: Self.pages[1])
    let document = MarkdownParser.parse(file)
    let found = PageLinks.contents(
      in: document, headings: Anchors.headings(in: document, file: file))
    #expect(found.map { file.range($0.list.byteRange).start.line } == 9)
  }
}
