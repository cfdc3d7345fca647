import Foundation
import Testing

@testable import ScimdocKit

/// ``ParagraphWords`` rules paragraphs out before their sentences are read:
/// it must never rule out a phrase a sentence of the paragraph holds.
@Suite struct ParagraphWordsTests {
  /// Every word and every pair of neighbouring words of every sentence, as
  /// the frame matchers see them, is covered by its paragraph's words.
  @Test func neverRulesOutWhatASentenceHolds() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../content").standardized
    var pages = try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { $0.hasSuffix(".md") }.map {
        try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)
      }
    pages.append(
      "Select **Tenant\u{00A0}URL**, then the \u{201C}Secret Token\u{201D} box.\n\n"
        + "* Paste [the URL](https://example.com/scim/v2) into `Tenant URL`; *Users* and <b>groups</b>.\n"
    )
    #expect(pages.count >= 3)
    var checked = 0
    for text in pages {
      let page = try PageParser.parse(SourceFile(path: "p.md", text: text))
      for paragraph in Self.paragraphs(page.document) {
        let file = page.source
        let words = file.bytes.withUnsafeBufferPointer {
          ParagraphWords(source: $0, paragraph.byteRange.clamped(to: 0..<file.bytes.count))
        }
        for clause in ClauseReader.clauses(of: paragraph, in: file) {
          // Words as the matchers count them: runs of letters, digits and non-ASCII bytes.
          let runs = clause.folded.utf8.split { !WordMask.isWordByte($0) }
            .map { String(decoding: $0, as: UTF8.self) }
          for (i, word) in runs.enumerated() {
            #expect(words.covers(PhraseWords(word)), "\(word) in \(clause.text)")
            if i + 1 < runs.count {
              #expect(words.covers(PhraseWords(word + " " + runs[i + 1])))
            }
            checked += 1
          }
        }
      }
    }
    #expect(checked > 500)
  }

  /// A phrase whose words the paragraph lacks is ruled out.
  @Test func rulesOutMissingWords() throws {
    let text = "Enter the **Tenant URL** and save.\n"
    let file = SourceFile(path: "p.md", text: text)
    let words = file.bytes.withUnsafeBufferPointer {
      ParagraphWords(source: $0, 0..<file.bytes.count)
    }
    #expect(words.covers(PhraseWords("tenant url")))
    #expect(!words.covers(PhraseWords("secret token")))
    #expect(!words.covers(PhraseWords("provisioning status")))
  }

  private static func paragraphs(_ node: MarkupNode) -> [MarkupNode] {
    if case .paragraph = node.kind { return [node] }
    return node.children.flatMap { paragraphs($0) }
  }
}
