import Foundation
import Testing

@testable import ScimdocKit

/// Runs PageParser over the shared corpus (skipped when `../shared` is absent).
@Suite struct FrontMatterCorpusTests {
  /// The `.md` files under `dir`, sorted.
  static func pages(under dir: URL) -> [URL] {
    let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
    var out: [URL] = []
    while let url = walker?.nextObject() as? URL {
      if url.pathExtension == "md" { out.append(url) }
    }
    return out.sorted { $0.path < $1.path }
  }

  /// Loads and parses one page.
  static func parse(_ url: URL) -> Result<Page, InputError> {
    do {
      let file = try SourceLoader().load(url.path)
      return .success(try PageParser.parse(file))
    } catch {
      return .failure(error)
    }
  }

  @Test func everyPostmanPageParses() throws {
    guard let dir = FM.shared("corpus/postman-docs-2024/docs") else { return }
    let urls = Self.pages(under: dir)
    #expect(urls.count == 359)
    var failures: [String] = []
    var issues = 0
    var withFrontMatter = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for url in urls {
        switch Self.parse(url) {
        case .success(let page):
          if page.frontMatter != nil { withFrontMatter += 1 }
          for issue in page.frontMatter?.issues ?? [] {
            issues += 1
            print(
              "\(url.lastPathComponent):\(issue.range.description): \(issue.kind.rawValue): \(issue.message)"
            )
          }
        case .failure(let error): failures.append(error.rendered)
        }
      }
    }
    print(
      "postman-docs-2024: \(urls.count) pages, \(withFrontMatter) with front matter, "
        + "\(failures.count) errors, \(issues) issues, in \(elapsed)")
    for failure in failures { print(failure) }
    #expect(failures.isEmpty)
  }
}
