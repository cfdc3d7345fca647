/// The typed front matter of a page.
///
/// Every typed field keeps its ``SourceRange`` (`titleRange`, ...) so later
/// checks can point at it. Keys the site does not define stay in ``extra``,
/// and the whole YAML tree stays in ``yaml``. Oddities that do not stop the
/// page from being read are listed in ``issues``.
public struct FrontMatter: Sendable {
  /// The YAML root node; nil when the block holds no document.
  public var yaml: YAMLNode?
  /// The block from the opening `---` to the closing `---`.
  public var range: SourceRange?

  public var title: String?
  public var titleRange: SourceRange?
  /// The sort order (`order: 142` or `order: 7.5`).
  public var order: FrontMatterNumber?
  /// The `updated` date as written.
  public var updated: FrontMatterDate?
  public var pageID: String?
  public var pageIDRange: SourceRange?
  public var warning: Bool?
  public var warningRange: SourceRange?
  public var searchKeyword: String?
  public var searchKeywordRange: SourceRange?
  /// The `contextual_links` entries (empty for a missing or null list).
  public var contextualLinks: [ContextualLink]
  public var contextualLinksRange: SourceRange?
  /// Top-level pairs with keys other than the ones above, in source order.
  public var extra: [YAMLNode.Pair]
  /// Non-fatal oddities, in source order.
  public var issues: [FrontMatterIssue]

  public init(
    yaml: YAMLNode? = nil, range: SourceRange? = nil, title: String? = nil,
    pageID: String? = nil
  ) {
    self.yaml = yaml
    self.range = range
    self.title = title
    self.pageID = pageID
    self.contextualLinks = []
    self.extra = []
    self.issues = []
  }
}

/// A number as written, with its value.
public struct FrontMatterNumber: Sendable, Equatable {
  /// The text as written (`142`, `7.5`).
  public var text: String
  public var value: Double
  public var range: SourceRange
}

/// A `YYYY-MM-DD` date as written.
public struct FrontMatterDate: Sendable, Equatable {
  /// The text as written (`2022-1-14` keeps its missing zero).
  public var text: String
  public var year: Int
  public var month: Int
  public var day: Int
  /// False for a date written without leading zeros (`2022-1-14`).
  public var isPadded: Bool
  public var range: SourceRange

  /// `2022-01-14`.
  public var iso: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let digits = String(n)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}

/// One entry of `contextual_links`.
public struct ContextualLink: Sendable, Equatable {
  /// The kinds of entry the site knows.
  public enum Kind: String, Sendable, Equatable {
    case section, subtitle, link
    case dynamicBlog = "dynamic_blog"
  }

  /// Nil when `type` is missing or unknown (see ``typeText``).
  public var kind: Kind?
  /// The `type` text as written.
  public var typeText: String?
  public var name: String?
  public var url: String?
  /// The `blog_tag` of a `dynamic_blog` entry.
  public var blogTag: String?
  /// The whole entry.
  public var range: SourceRange
  public var urlRange: SourceRange?
}
