/// The typed front matter of a page.
public struct FrontMatter: Sendable {
  public var title: String?
  public var pageID: String?

  public init(title: String? = nil, pageID: String? = nil) {
    self.title = title
    self.pageID = pageID
  }
}
