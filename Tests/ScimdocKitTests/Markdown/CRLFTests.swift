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
        "SoftBreak @3:11-3:11", "Text @4:1-4:6",
        "LineBreak @4:7-4:9", "Text @5:1-5:5", "List @7:1-8:6",
        "Item @7:1-8:6", "Paragraph @7:3-8:6", "Text @7:3-7:6",
        "SoftBreak @7:7-7:7",
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

  @Test func bomKeepsFileColumnsAndCmarkColumns() throws {
    let file = try SourceFile(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("# Hi\nfoo\n".utf8))
    let doc = MarkdownParser.parse(file)
    let heading = doc.children[0]
    #expect(file.range(heading.byteRange).description == "1:1-1:4")
    // cmark counts the BOM's three bytes in line 1's columns.
    #expect(
      heading.sourcePosition
        == CmarkSourcePosition(startLine: 1, startColumn: 4, endLine: 1, endColumn: 7))
  }

  @Test func nulBecomesReplacementCharacterAsInCmark() throws {
    let file = try SourceFile(path: "a.md", bytes: Array("a".utf8) + [0] + Array("b *c*\n".utf8))
    let doc = MarkdownParser.parse(file)
    let text = doc.children[0].children[0]
    #expect(text.kind == .text("a\u{FFFD}b "))
    #expect(
      text.sourcePosition
        == CmarkSourcePosition(startLine: 1, startColumn: 1, endLine: 1, endColumn: 6))
    #expect(file.range(text.byteRange).description == "1:1-1:4")
    #expect(file.range(doc.children[0].children[1].byteRange).description == "1:5-1:7")
  }
}
