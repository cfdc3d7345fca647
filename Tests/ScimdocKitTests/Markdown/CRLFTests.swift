import Testing

@testable import ScimdocKit

/// CRLF and CR line ends give the same lines and columns as LF.
@Suite struct CRLFTests {
  @Test(arguments: ["\r\n", "\r", "\n"])
  func positionsIgnoreTheLineEndStyle(_ eol: String) {
    let text =
      ["# Title", "", "First line", "second  ", "third", "", "- item", "  more"]
      .joined(separator: eol) + eol
    let outline = MD.outline(text)
    #expect(
      outline == [
        "Heading @1:1-1:7", "Text @1:3-1:7", "Paragraph @3:1-5:5", "Text @3:1-3:10",
        "SoftBreak @3:11-3:\(eol == "\r\n" ? 12 : 11)", "Text @4:1-4:6",
        "LineBreak @4:7-4:\(eol == "\r\n" ? 10 : 9)", "Text @5:1-5:5", "List @7:1-8:6",
        "Item @7:1-8:6", "Paragraph @7:3-8:6", "Text @7:3-7:6",
        "SoftBreak @7:7-7:\(eol == "\r\n" ? 8 : 7)",
        "Text @8:3-8:6",
      ])
  }

  @Test func frontMatterLinesAreBlank() {
    let text = "---\r\ntitle: x\r\n---\r\n# Heading\r\n"
    let file = SourceFile(path: "a.md", text: text)
    let doc = MarkdownParser.parse(file, bodyStart: 19)
    #expect(doc.children.count == 1)
    #expect(file.range(doc.children[0].byteRange).description == "4:1-4:9")
  }
}
