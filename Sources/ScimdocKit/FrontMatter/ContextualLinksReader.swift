/// Reads `contextual_links` entries, noting odd ones as issues.
enum ContextualLinksReader {
  /// The entries of `node`: empty for null, one per mapping item otherwise.
  static func read(_ node: YAMLNode, issues: inout [FrontMatterIssue]) -> [ContextualLink] {
    if node.isNull { return [] }
    guard let items = node.items else {
      issues.append(
        .init(.wrongType, "'contextual_links' should be a list of entries", at: node.range))
      return []
    }
    var links: [ContextualLink] = []
    for item in items {
      guard item.isMapping else {
        issues.append(.init(.wrongType, "a contextual link should be a mapping", at: item.range))
        continue
      }
      links.append(entry(item, issues: &issues))
    }
    if let first = links.first, first.kind != .section {
      issues.append(
        .init(
          .firstLinkNotSection,
          "the first contextual link is '\(first.typeText ?? "")', not a 'section'",
          at: first.range))
    }
    return links
  }

  private static func entry(_ item: YAMLNode, issues: inout [FrontMatterIssue]) -> ContextualLink {
    let typeNode = item["type"]
    let typeText = typeNode.flatMap { FrontMatterReader.text(of: $0, key: "type", issues: &issues) }
    let kind = typeText.flatMap(ContextualLink.Kind.init(rawValue:))
    if kind == nil {
      let shown =
        typeText.map { "unknown contextual link type '\($0)'" } ?? "contextual link has no 'type'"
      issues.append(.init(.unknownLinkType, shown, at: typeNode?.range ?? item.range))
    }
    let nameNode = item["name"]
    let name = nameNode.flatMap { FrontMatterReader.text(of: $0, key: "name", issues: &issues) }
    let urlNode = item["url"]
    let url = urlNode.flatMap { FrontMatterReader.text(of: $0, key: "url", issues: &issues) }
    if kind != .dynamicBlog, name?.isEmpty ?? true {
      issues.append(
        .init(.linkWithoutName, "contextual link has no 'name'", at: nameNode?.range ?? item.range))
    }
    if kind == .link, url?.isEmpty ?? true {
      issues.append(
        .init(.linkWithoutURL, "'link' entry has no 'url'", at: urlNode?.range ?? item.range))
    }
    if let url, let urlNode, url.first?.isWhitespace == true || url.last?.isWhitespace == true {
      issues.append(
        .init(.urlWhitespace, "url '\(url)' has leading or trailing whitespace", at: urlNode.range))
    }
    let blogTag = item["blog_tag"].flatMap {
      FrontMatterReader.text(of: $0, key: "blog_tag", issues: &issues)
    }
    return ContextualLink(
      kind: kind, typeText: typeText, name: name, url: url, blogTag: blogTag, range: item.range,
      urlRange: urlNode?.range)
  }
}
