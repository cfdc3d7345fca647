import Foundation
import Testing

@testable import ScimdocKit

/// The odd real pages under `../shared/corpus/problem-pages/md_*` and `raw_*`
/// parse without crashing, match cmark-gfm, and give the sensible structure.
@Suite struct ProblemPagesTests {
  static var pages: [URL] {
    guard let shared = ParityCorpus.shared else { return [] }
    let dir = shared.appendingPathComponent("corpus/problem-pages")
    return ParityCorpus.markdownFiles(under: dir).filter {
      let category = $0.deletingLastPathComponent().lastPathComponent
      return category.hasPrefix("md_") || category.hasPrefix("raw_")
    }
  }

  static func parse(_ url: URL) throws -> (MarkupNode, SourceFile, [UInt8]) {
    let bytes = [UInt8](try Data(contentsOf: url))
    let (blanked, bodyStart) = ParityCorpus.blankFrontMatter(bytes)
    let file = try SourceFile(path: url.path, bytes: bytes)
    return (MarkdownParser.parse(file, bodyStart: bodyStart), file, blanked)
  }

  @Test func skipsLoudlyWithoutShared() {
    if ParityCorpus.shared == nil { print("ProblemPagesTests: SKIPPED — ../shared is missing") }
  }

  @Test(.enabled(if: ParityCorpus.shared != nil, "needs ../shared"))
  func everyPageParsesAndMatchesCmark() throws {
    let pages = Self.pages
    #expect(pages.count >= 27)
    for url in pages {
      let (doc, file, blanked) = try Self.parse(url)
      #expect(!TreeDumper.dumpMarkdown(doc, in: file).isEmpty)
      if ParityCorpus.cmarkInstalled {
        let expected = ParityCorpus.normalized(try ParityCorpus.cmarkXML(blanked))
        let ours = ParityCorpus.normalized(CmarkXMLRenderer.render(doc, in: file))
        #expect(expected == ours, "differs from cmark-gfm: \(url.lastPathComponent)")
      }
    }
  }

  /// The pages of one problem category.
  static func category(_ name: String) -> [URL] {
    pages.filter { $0.deletingLastPathComponent().lastPathComponent == name }
  }

  @Test(.enabled(if: ParityCorpus.shared != nil, "needs ../shared"))
  func structureIsSensible() throws {
    for url in Self.category("md_unclosed_fence") {
      let (doc, file, _) = try Self.parse(url)
      // The unclosed fence runs to the end of the block holding it.
      var containers: [MarkupNode] = [doc]
      var found = false
      while let container = containers.popLast() {
        for child in container.children {
          containers.append(child)
          guard case .codeBlock(_, _, true) = child.kind, child == container.children.last else {
            continue
          }
          let end = file.range(child.byteRange).end.line
          #expect(end == file.range(container.byteRange).end.line)
          found = true
        }
      }
      #expect(found, "no fence ends its container in \(url.lastPathComponent)")
    }
    // Underlines become setext headings where a paragraph precedes them, and
    // thematic breaks or lazy paragraph text elsewhere (as in cmark-gfm).
    var setextHeadings = 0
    for url in Self.category("md_setext_h1") + Self.category("md_setext_h2") {
      let (doc, file, _) = try Self.parse(url)
      setextHeadings +=
        MD.all(doc) { if case .heading(_, true) = $0.kind { true } else { false } }.count
      let (_, bodyStart) = ParityCorpus.blankFrontMatter(file.bytes)
      for line in 1...file.lineCount where file.lineStarts[line - 1] >= bodyStart {
        let text = file.lineText(line).trimmingCharacters(in: .whitespaces)
        guard text.count >= 3, Set(text) == ["="] || Set(text) == ["-"] else { continue }
        let offset = file.lineStarts[line - 1]
        let holders = MD.all(doc) { $0.isBlock && $0.byteRange.contains(offset) }
        let deepest = try #require(holders.last, "line \(line) of \(url.lastPathComponent) is lost")
        switch deepest.kind {
        case .heading(_, true), .thematicBreak, .paragraph, .codeBlock, .htmlBlock, .tableRow,
          .tableCell:
          break
        default:
          Issue.record("line \(line) of \(url.lastPathComponent) is a \(deepest.kind)")
        }
      }
    }
    #expect(setextHeadings >= 1)
    for url in Self.category("md_commented_out_heading") {
      let (doc, file, _) = try Self.parse(url)
      let comments = MD.all(doc) {
        if case .htmlBlock(let s) = $0.kind { s.hasPrefix("<!--") } else { false }
      }
      #expect(!comments.isEmpty)
      // No heading starts inside a comment.
      for heading in Anchors.headings(in: doc, file: file) {
        #expect(!comments.contains { $0.byteRange.contains(heading.byteRange.lowerBound) })
      }
    }
    for url in Self.category("md_hash_no_space") {
      let (doc, file, _) = try Self.parse(url)
      #expect(!Anchors.headings(in: doc, file: file).contains { $0.text.hasPrefix("E#") })
      #expect(
        MD.first(doc) { if case .text(let s) = $0.kind { s.hasPrefix("#E#") } else { false } }
          != nil)
    }
    for url in Self.category("md_thematic_break") {
      let (doc, _, _) = try Self.parse(url)
      #expect(MD.first(doc) { $0.kind == .thematicBreak } != nil)
    }
    for url in Self.category("md_list_start_n") {
      let (doc, _, _) = try Self.parse(url)
      let lists = MD.all(doc) {
        if case .list(let i) = $0.kind { i.ordered && i.start != 1 } else { false }
      }
      #expect(!lists.isEmpty)
    }
    for url in Self.category("md_iframe") {
      let (doc, _, _) = try Self.parse(url)
      let iframes = MD.all(doc) {
        switch $0.kind {
        case .htmlBlock(let s), .htmlInline(let s): s.contains("<iframe")
        default: false
        }
      }
      #expect(!iframes.isEmpty)
    }
  }
}
