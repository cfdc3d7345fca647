import Testing

@testable import ScimdocKit

@Suite struct FrontMatterSplitterTests {
  @Test func splitsYAMLAndBody() throws {
    let file = FM.file("---\ntitle: A\n---\n# Body\n")
    let split = try #require(try FrontMatterSplitter.split(file))
    #expect(file.text(split.yamlBytes) == "title: A\n")
    #expect(split.bodyStart == 17)
    #expect(split.closingLine == 3)
    #expect(split.range.description == "1:1-3:3")
  }

  @Test func toleratesBOMCRLFAndTrailingBlanksOnTheClosingLine() throws {
    let file = try SourceFile(
      path: "p.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A\r\n--- \t\r\nBody".utf8))
    let split = try #require(try FrontMatterSplitter.split(file))
    #expect(file.text(split.yamlBytes) == "title: A\r\n")
    #expect(file.text(split.bodyStart..<file.bytes.count) == "Body")
    let page = try PageParser.parse(file)
    #expect(page.frontMatter?.title == "A")
  }

  @Test(arguments: ["", "# Title\n---\na: 1\n---\n", "\n---\na: 1\n---\n", "----\na: 1\n----\n"])
  func noOpeningLineMeansNoFrontMatter(_ text: String) throws {
    #expect(try FrontMatterSplitter.split(FM.file(text)) == nil)
    #expect(try FM.page(text).frontMatter == nil)
  }

  @Test func unclosedBlockIsAnErrorAtTheOpeningLine() throws {
    let error = try #require(FM.error("---\ntitle: A\n--- not a close\nBody\n"))
    #expect(error.message == .frontMatterUnterminated)
    #expect(error.location?.line == 1)
    #expect(error.location?.column == 1)
  }

  @Test func emptyBlockHasNoYAMLRoot() throws {
    let page = try FM.page("---\n---\nBody\n")
    #expect(page.frontMatter != nil)
    #expect(page.yaml == nil)
    #expect(page.bodyStart == 8)
    let commentsOnly = try FM.page("---\n# just a comment\n---\n")
    #expect(commentsOnly.yaml == nil)
  }

  @Test func closingLineAtEndOfFileWithoutNewline() throws {
    let page = try FM.page("---\na: 1\n---")
    #expect(page.bodyStart == 12)
    #expect(page.yaml?["a"]?.value == .int(1))
  }
}
