import Foundation
import Testing

@testable import ScimdocKit

/// The `fm_*` folders of the shared problem-page corpus, each with the outcome
/// a user expects (skipped when `../shared` is absent).
@Suite struct ProblemPageTests {
  /// The parse results of every page in problem folder `name`.
  static func results(_ name: String) -> [(String, Result<Page, InputError>)]? {
    guard let dir = FM.shared("corpus/problem-pages/\(name)") else { return nil }
    let urls = FrontMatterCorpusTests.pages(under: dir)
    #expect(!urls.isEmpty, "no pages in \(name)")
    return urls.map { ($0.lastPathComponent, FrontMatterCorpusTests.parse($0)) }
  }

  /// The parsed pages of folder `name`, recording a failure for any error.
  static func pages(_ name: String) -> [(String, Page)] {
    var out: [(String, Page)] = []
    for (file, result) in results(name) ?? [] {
      switch result {
      case .success(let page): out.append((file, page))
      case .failure(let error): Issue.record("\(file) should parse: \(error.rendered)")
      }
    }
    return out
  }

  /// The issue kinds of a page's front matter.
  static func kinds(_ page: Page) -> Set<FrontMatterIssue.Kind> {
    Set(page.frontMatter?.issues.map(\.kind) ?? [])
  }

  /// libyaml's problem position in each page (page lines; the INDEX counts
  /// YAML lines, one less).
  static let parseErrorPositions: [String: (line: Int, column: Int)] = [
    "1d5d8a1c15": (6, 12), "e5722ff0b4": (6, 12), "adae8237b7": (10, 5),
    "e5ee9b1e8f": (9, 9), "1ca563435a": (6, 12), "6b6740baa2": (11, 12),
    "52008e84b9": (11, 12), "f79da684fc": (11, 12), "168177d9da": (11, 12),
    "d8701f586a": (5, 4),
  ]

  @Test func parseErrorsReportLibyamlPositions() {
    for (file, result) in Self.results("fm_parse_error") ?? [] {
      guard case .failure(let error) = result else {
        Issue.record("\(file) should fail")
        continue
      }
      guard case .yaml = error.message else {
        Issue.record("\(file): expected a YAML error, got \(error.message)")
        continue
      }
      #expect(error.lineText != nil, "\(file)")
      let hash = String(file.dropLast(3).suffix(10))
      if let want = Self.parseErrorPositions[hash] {
        #expect(error.location?.line == want.line, "\(file)")
        #expect(error.location?.column == want.column, "\(file)")
      } else {
        Issue.record("\(file): no expected position")
      }
    }
  }

  @Test func duplicateKeysNameBothLines() {
    let lines: [String: (first: Int, second: Int)] = [
      "be9854edc6": (3, 5), "0c6bddd710": (17, 19), "93cca413be": (4, 6), "41fab5a502": (4, 6),
    ]
    for (file, result) in Self.results("fm_duplicate_key") ?? [] {
      guard case .failure(let error) = result, case .duplicateKey(_, let first) = error.message
      else {
        Issue.record("\(file) should fail with a duplicate key")
        continue
      }
      let want = lines[String(file.dropLast(3).suffix(10))]
      #expect(first == want?.first, "\(file)")
      #expect(error.location?.line == want?.second, "\(file)")
      #expect(error.rendered.contains("first defined on line \(first)"))
    }
  }

  @Test func tabAfterAQuotedValueIsAccepted() {
    for (file, page) in Self.pages("fm_tab_after_value") {
      let urls = page.frontMatter?.contextualLinks.compactMap(\.url) ?? []
      #expect(!urls.isEmpty && urls.allSatisfy { !$0.contains("\t") }, "\(file)")
    }
  }

  @Test func nullContextualLinksIsAnEmptyList() {
    for (file, page) in Self.pages("fm_null_contextual_links") {
      #expect(page.frontMatter?.contextualLinks.isEmpty == true, "\(file)")
      #expect(page.frontMatter?.contextualLinksRange != nil, "\(file)")
      #expect(Self.kinds(page).isEmpty, "\(file)")
    }
  }

  @Test func closingLineWithTrailingSpacesIsAccepted() {
    for (file, page) in Self.pages("fm_close_trailing_ws") {
      #expect(page.frontMatter?.title?.isEmpty == false, "\(file)")
      #expect(page.bodyStart > 0, "\(file)")
    }
  }

  @Test func missingOrBrokenOpeningMeansNoFrontMatter() {
    for (file, page) in Self.pages("fm_missing_or_broken_open") {
      #expect(page.frontMatter == nil, "\(file)")
      #expect(page.bodyStart == 0, "\(file)")
    }
  }

  @Test func yamlCommentsAreFine() {
    for (file, page) in Self.pages("fm_yaml_comment") {
      #expect(page.frontMatter?.title != nil, "\(file)")
      #expect(Self.kinds(page).isEmpty, "\(file)")
    }
  }

  @Test(arguments: [
    ("fm_date_as_string", FrontMatterIssue.Kind.unpaddedDate),
    ("fm_smart_quotes_title", .curlyQuotes),
    ("fm_link_without_url", .linkWithoutURL),
    ("fm_cl_odd_shape", .firstLinkNotSection),
    ("fm_cl_url_space", .urlWhitespace),
  ])
  func oddPagesParseWithAnIssue(_ folder: String, _ kind: FrontMatterIssue.Kind) {
    for (file, page) in Self.pages(folder) {
      #expect(Self.kinds(page).contains(kind), "\(file): \(Self.kinds(page))")
      for issue in page.frontMatter?.issues ?? [] {
        #expect(issue.range.start.line >= 2, "\(file)")
      }
    }
  }

  @Test func unpaddedDateKeepsItsText() {
    for (file, page) in Self.pages("fm_date_as_string") {
      let date = page.frontMatter?.updated
      #expect(date?.isPadded == false, "\(file)")
      #expect(date?.text.contains("-1-") == true, "\(file)")
      #expect(date?.iso.count == 10, "\(file)")
    }
  }
}
