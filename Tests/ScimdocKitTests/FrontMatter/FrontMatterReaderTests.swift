import Testing

@testable import ScimdocKit

@Suite struct FrontMatterReaderTests {
  static let sample = """
    ---
    title: "Setting up SCIM for kafkaman"
    order: 12.5
    updated: 2024-02-29
    page_id: "scim_setup"
    warning: false
    search_keyword: "scim, provisioning"
    owner: docs-team
    contextual_links:
      - type: section
        name: "Further reading"
      - type: subtitle
        name: "Guides"
      - type: link
        name: "Generating an API key"
        url: "/docs/keys/"
      - type: dynamic_blog
        name: "Blog posts"
        blog_tag: "scim"
    ---
    # Setting up

    """

  @Test func readsEveryTypedFieldWithItsRange() throws {
    let fm = try #require(try FM.page(Self.sample).frontMatter)
    #expect(fm.title == "Setting up SCIM for kafkaman")
    #expect(fm.titleRange?.description == "2:8-2:37")
    #expect(fm.order?.value == 12.5)
    #expect(fm.order?.text == "12.5")
    #expect(fm.updated?.iso == "2024-02-29")
    #expect(fm.updated?.range.description == "4:10-4:19")
    #expect(fm.pageID == "scim_setup")
    #expect(fm.warning == false)
    #expect(fm.searchKeyword == "scim, provisioning")
    #expect(fm.extra.map { $0.key.text } == ["owner"])
    #expect(fm.contextualLinks.map(\.kind) == [.section, .subtitle, .link, .dynamicBlog])
    #expect(fm.contextualLinks[2].url == "/docs/keys/")
    #expect(fm.contextualLinks[2].urlRange?.start.line == 16)
    #expect(fm.contextualLinks[3].blogTag == "scim")
    #expect(fm.range?.description == "1:1-20:3")
    #expect(fm.issues.isEmpty)
  }

  @Test(arguments: [
    ("2022-02-30", 10), ("2022-13-01", 10), ("2023-02-29", 10), ("'2021-04-31'", 10),
  ])
  func impossibleDateIsAnErrorAtItsPosition(_ text: String, _ column: Int) throws {
    let error = try #require(FM.error("---\ntitle: A\nupdated: \(text)\n---\n"))
    #expect(error.message == .invalidDate(text.replacing("'", with: "")))
    #expect(error.location?.line == 3)
    #expect(error.location?.column == column)
  }

  @Test func unpaddedDateIsKeptWithAnIssue() throws {
    let fm = try #require(try FM.page("---\nupdated: 2022-1-4\n---\n").frontMatter)
    #expect(fm.updated?.text == "2022-1-4")
    #expect(fm.updated?.iso == "2022-01-04")
    #expect(fm.issues.map(\.kind) == [.unpaddedDate])
    #expect(fm.issues.first?.range.description == "2:10-2:17")
  }

  @Test func nonDateUpdatedIsAnIssue() throws {
    let fm = try #require(try FM.page("---\nupdated: last week\n---\n").frontMatter)
    #expect(fm.updated == nil)
    #expect(fm.issues.map(\.kind) == [.notADate])
  }

  @Test func oddContextualLinksBecomeIssues() throws {
    let fm = try #require(
      try FM.page(
        """
        ---
        title: “Quoted” title
        contextual_links:
          - type: subtitle
            name: "Videos"
          - type: video
            name: "Clip"
          - type: link
            name: "Empty"
            url: ""
          - type: link
            name: "Spaced"
            url: " https://example.com"
        ---

        """
      ).frontMatter)
    #expect(
      fm.issues.map(\.kind) == [
        .curlyQuotes, .unknownLinkType, .linkWithoutURL, .urlWhitespace, .firstLinkNotSection,
      ])
    #expect(fm.issues.map(\.range.start.line) == [2, 6, 10, 13, 4])
    #expect(fm.contextualLinks.count == 4)
    #expect(fm.contextualLinks[1].kind == nil)
    #expect(fm.contextualLinks[1].typeText == "video")
  }

  @Test func wrongTypesAreIssuesNotErrors() throws {
    let fm = try #require(
      try FM.page("---\ntitle: [a, b]\norder: soon\nwarning: yes\ncontextual_links: 3\n---\n")
        .frontMatter)
    #expect(fm.title == nil)
    #expect(fm.warning == nil)
    #expect(fm.issues.map(\.kind) == [.wrongType, .wrongType, .wrongType, .wrongType])
  }

  @Test func nonMappingRootIsAnIssue() throws {
    let fm = try #require(try FM.page("---\n- a\n- b\n---\n").frontMatter)
    #expect(fm.issues.map(\.kind) == [.notAMapping])
    #expect(fm.yaml?.items?.count == 2)
  }

  @Test func integerOrderKeepsItsText() throws {
    let fm = try #require(try FM.page("---\norder: 0x10\n---\n").frontMatter)
    #expect(fm.order?.value == 16)
    #expect(fm.order?.text == "0x10")
  }
}
