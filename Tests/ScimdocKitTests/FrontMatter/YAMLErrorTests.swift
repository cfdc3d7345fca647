import Foundation
import Testing

@testable import ScimdocKit

@Suite struct YAMLErrorTests {
  @Test func syntaxErrorHasLibyamlPositionAndCaret() throws {
    let error = try #require(
      FM.error(
        """
        ---
        title: "Setting up"
        links:
          - name: a
           url: b
        ---

        """))
    #expect(error.location?.line == 5)
    #expect(error.location?.column == 4)
    #expect(
      error.rendered == """
        page.md:5:4: error: did not find expected '-' indicator (while parsing a block collection at line 4, column 3)
           url: b
           ^
        """)
  }

  @Test func mappingValueInPlainScalarPointsAtTheColon() throws {
    let error = try #require(FM.error("---\ntitle: Step one: open it\n---\n"))
    #expect(error.location?.line == 2)
    #expect(error.location?.column == 16)
    #expect(error.message == .yaml("mapping values are not allowed in this context"))
  }

  @Test func duplicateKeyNamesBothLines() throws {
    let error = try #require(
      FM.error("---\nupdated: 2023-10-20\norder: 3\nupdated: 2022-03-02\n---\n"))
    #expect(error.message == .duplicateKey("updated", firstLine: 2))
    #expect(error.location?.line == 4)
    #expect(error.rendered.contains("first defined on line 2"))
    #expect(error.notes == ["page.md:2:1: note: first defined here"])
  }

  @Test func duplicateKeyInsideAListEntry() throws {
    let error = try #require(
      FM.error("---\nlinks:\n  - type: link\n    name: a\n    type: section\n---\n"))
    #expect(error.message == .duplicateKey("type", firstLine: 3))
    #expect(error.location?.line == 5)
    #expect(error.location?.column == 5)
  }

  @Test func aliasBombStopsFastWithAliasLimit() throws {
    var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in 1...9 {
      let refs = Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ")
      yaml += "a\(i): &a\(i) [\(refs)]\n"
    }
    let clock = ContinuousClock()
    var error: InputError?
    let elapsed = clock.measure { error = FM.error("---\n" + yaml + "---\n") }
    print("alias bomb rejected in \(elapsed)")
    #expect(elapsed < .seconds(1))
    #expect(error?.message == .aliasLimit(100_000))
    #expect(error?.location?.line ?? 0 >= 5)
  }

  @Test func aliasesResolveByReference() throws {
    let root = try #require(try FM.yaml("base: &b {x: 1}\nother: *b\n*b : keyed\n"))
    let base = try #require(root["base"])
    #expect(root["other"] === base)
    #expect(root.pairs?.last?.key === base)
    #expect(root.pairs?.last?.value.text == "keyed")
  }

  @Test func undefinedAliasIsAnError() throws {
    let error = try #require(FM.error("---\na: *nowhere\n---\n"))
    #expect(error.message == .yaml("undefined alias 'nowhere'"))
    #expect(error.location?.line == 2)
    #expect(error.location?.column == 4)
  }

  @Test func deepFlowNestingGivesDepthErrorNotCrash() throws {
    let yaml = "deep: " + String(repeating: "[", count: 20_000) + "\n"
    let error = try #require(FM.error("---\n" + yaml + "---\n"))
    #expect(error.message == .depthLimit(200))
    #expect(error.location?.line == 2)
    #expect(error.location?.column == 7 + 199)
  }

  @Test func deepBlockNestingGivesDepthError() throws {
    var yaml = ""
    for i in 0..<300 { yaml += String(repeating: " ", count: i) + "k\(i):\n" }
    let error = try #require(FM.error("---\n" + yaml + "---\n"))
    #expect(error.message == .depthLimit(200))
  }

  @Test func tabIndentationIsASyntaxError() throws {
    let error = try #require(FM.error("---\nlinks:\n\t- a\n---\n"))
    #expect(error.location?.line == 3)
    if case .yaml(let text) = error.message {
      #expect(text.hasSuffix("(a tab cannot indent YAML; use spaces)"))
    } else {
      Issue.record("expected a YAML error, got \(error.message)")
    }
  }

  @Test func tabAfterAQuotedValueIsAccepted() throws {
    let root = try #require(try FM.yaml("url: \"https://example.com\"\t  \n"))
    #expect(root["url"]?.text == "https://example.com")
  }

  @Test func unclosedQuotePointsAtTheEnd() throws {
    let error = try #require(FM.error("---\ntitle: \"open\n---\nBody\n"))
    if case .yaml(let text) = error.message {
      #expect(text.contains("quoted scalar"))
    } else {
      Issue.record("expected a YAML error, got \(error.message)")
    }
  }

  @Test func secondDocumentIsAnError() throws {
    let error = try #require(FM.error("---\na: 1\n--- b\n---\n"))
    #expect(error.message == .yaml("front matter holds more than one YAML document"))
    #expect(error.location?.line == 3)
  }

  @Test func controlCharacterIsAReaderError() throws {
    let error = try #require(FM.error("---\ntitle: a\u{7}b\n---\n"))
    #expect(error.location?.line == 2)
    #expect(error.location?.column == 9)
  }

  @Test func longOneLineFlowSequenceStaysFast() throws {
    let items = Array(repeating: "élan", count: 90_000).joined(separator: ", ")
    let clock = ContinuousClock()
    var count = 0
    let elapsed = try clock.measure {
      count = try FM.yaml("list: [\(items)]\n")?["list"]?.items?.count ?? 0
    }
    print("90k-item one-line sequence loaded in \(elapsed)")
    #expect(count == 90_000)
    #expect(elapsed < .seconds(3))
    let last = try #require(try FM.yaml("list: [\(items)]\n")?["list"]?.items?.last)
    #expect(last.range.start.column == 8 + 89_999 * 6)
  }
}
