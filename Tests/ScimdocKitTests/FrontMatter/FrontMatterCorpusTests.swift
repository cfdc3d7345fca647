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

  @Test func scimPagesAndTheirHistoryParse() throws {
    guard let dir = FM.shared("corpus/scim-pages") else { return }
    // The one truly broken version: `updated` written twice.
    let broken: Set = ["2023-10-20_3b678667b.md"]
    var failed: Set<String> = []
    var count = 0
    for url in Self.pages(under: dir) where url.lastPathComponent != "INDEX.md" {
      count += 1
      if case .failure(let error) = Self.parse(url) {
        print(error.rendered)
        failed.insert(url.lastPathComponent)
      }
    }
    print("scim-pages: \(count) pages, \(failed.count) errors")
    #expect(count > 0)
    #expect(failed == broken)
  }

  @Test func samplePageFrontMatter() throws {
    guard let dir = FM.shared("sample") else { return }
    let url = dir.appendingPathComponent("configuring-scim-with-azure-ad.md")
    let page = try Self.parse(url).get()
    let fm = try #require(page.frontMatter)
    #expect(fm.range?.description == "1:1-15:3")
    #expect(fm.titleRange?.description == "2:8-2:39")
    #expect(fm.order?.value == 142)
    #expect(fm.updated?.iso == "2022-03-04")
    #expect(fm.warning == false)
    #expect(fm.contextualLinks.map(\.kind) == [.section, .subtitle, .link])
    #expect(fm.issues.isEmpty)
    let dump = FrontMatterDumper.dump(fm)
    #expect(dump.hasPrefix("FrontMatter @1:1-15:3\n  Mapping @2:1-14:"))
    #expect(dump.contains("\n    Key \"title\" @2:1-2:5\n      Scalar @2:8-2:39 "))
  }
}
