import Testing

@testable import ScimdocKit

@Suite struct PageParserTests {
  @Test func pageCarriesFrontMatterYAMLAndBodyStart() throws {
    let page = try PageParser.parse(
      SourceFile(path: "p.md", text: "---\ntitle: Setup\npage_id: setup\n---\n# Setup\n"))
    #expect(page.frontMatter?.title == "Setup")
    #expect(page.frontMatter?.pageID == "setup")
    #expect(page.yaml?["title"]?.range.description == "2:8-2:12")
    #expect(page.frontMatterRange?.description == "1:1-4:3")
    #expect(page.bodyStart == 36)
  }

  @Test func pageWithoutFrontMatterStartsTheBodyAtZero() throws {
    let page = try PageParser.parse(SourceFile(path: "p.md", text: "# Setup\n\nText.\n"))
    #expect(page.frontMatter == nil)
    #expect(page.yaml == nil)
    #expect(page.bodyStart == 0)
  }

  @Test func crlfPagesKeepLinePositions() throws {
    let text = "---\r\ntitle: A\r\nlinks:\r\n  - x\r\n  - y: [1, 2]\r\n---\r\nBody\r\n"
    let page = try PageParser.parse(SourceFile(path: "p.md", text: text))
    let second = try #require(page.yaml?["links"]?.items?.last)
    #expect(second.range.description == "5:5-5:13")
  }

  @Test func errorColumnsCountScalarsAfterMultibyteText() throws {
    let text = "---\ntitle: \"Über “café”\" extra\n---\n"
    let error = try #require(FM.error(text))
    #expect(error.location?.line == 2)
    #expect(error.location?.column == 22)
    #expect(error.rendered.hasSuffix("\n                     ^"))
  }

  @Test func errorPositionsSurviveABOM() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\na: 1\nb: [\n---\n".utf8)
    let file = try SourceFile(path: "p.md", bytes: bytes)
    #expect(throws: InputError.self) { try PageParser.parse(file) }
    do {
      _ = try PageParser.parse(file)
    } catch {
      #expect(error.location?.line == 4)
      #expect(error.location?.column == 1)
    }
  }

  @Test func invalidUTF8InFrontMatterIsCaughtBySourceFile() {
    let bytes = Array("---\ntitle: ".utf8) + [0xC3, 0x28] + Array("\n---\n".utf8)
    #expect {
      _ = try PageParser.parse(SourceFile(path: "p.md", bytes: bytes))
    } throws: { error in
      (error as? InputError)?.location?.line == 2
    }
  }

  @Test func tighterLimitsApply() throws {
    let file = SourceFile(path: "p.md", text: "---\na: [[[1]]]\n---\n")
    #expect(throws: InputError.self) {
      try PageParser.parse(file, limits: YAMLLoader.Limits(maxDepth: 3))
    }
    let wide = SourceFile(path: "p.md", text: "---\na: [1, 2, 3, 4, 5]\n---\n")
    do {
      _ = try PageParser.parse(wide, limits: YAMLLoader.Limits(maxNodes: 4))
      Issue.record("expected a node limit error")
    } catch {
      #expect(error.message == .tooManyNodes(4))
    }
  }
}
