import Testing

@testable import ScimdocKit

@Suite struct SitePathTests {
  static let roots = ["", ".", "./", "content", "content/", "docs/", "/abs/site", "C\u{301}afe"]
  static let tails = [
    "index.md", "a/index.md", "a/b.md", "A_B/Index.md", "a.markdown", "a.md.markdown",
    "a.markdown.md", ".md", "index", "x/index", "//a//b.md//", "a_b/C_D.MD", "café/x.md",
    "a\r\nb.md", "indexes.md", "a/myindex.md", "Index.md",
  ]

  /// Paths under a root lose the root, `.md`/`.markdown` and `/index`; the
  /// rest is lower-cased with `_` as `-`.
  @Test func sitePaths() {
    #expect(SiteChecks.sitePath("content/a/index.md", contentRoot: "content") == "a")
    #expect(SiteChecks.sitePath("content/index.md", contentRoot: "content/") == "")
    #expect(SiteChecks.sitePath("content/Set_Up.md", contentRoot: "content") == "set-up")
    #expect(SiteChecks.sitePath("other/x.md", contentRoot: "content") == "other/x")
    #expect(SiteChecks.sitePath("contents/x.md", contentRoot: "content") == "contents/x")
  }

  /// The byte-level path for ASCII gives what the `Character` one does, and
  /// declines text it cannot treat byte by byte.
  @Test func asciiPathAgrees() {
    for root in Self.roots {
      for tail in Self.tails {
        for path in [tail, root + "/" + tail, root + tail, "x/" + tail] {
          let slow = SiteChecks.anySitePath(path, contentRoot: root)
          if let fast = SiteChecks.asciiSitePath(path, contentRoot: root) {
            #expect(fast == slow, "\(path) under \(root)")
          } else {
            #expect(
              path.utf8.contains { $0 >= 0x80 || $0 == 0x0D } || root.utf8.contains { $0 >= 0x80 })
          }
        }
      }
    }
  }
}
