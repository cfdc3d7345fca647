/// Reads `contextual_links` entries, noting odd ones as issues.
enum ContextualLinksReader {
  /// The entries of `node`: empty for null, one per mapping item otherwise.
  static func read(_ node: YAMLNode, issues: inout [FrontMatterIssue]) -> [ContextualLink] {
    if node.isNull { return [] }
    guard node.isSequence else {
      issues.append(
        .init(.wrongType, "'contextual_links' should be a list of entries", at: node.range))
      return []
    }
    // Items are read in place (no array of them).
    let count = node.entryCount
    var links: [ContextualLink] = []
    links.reserveCapacity(count)
    for position in 0..<count {
      let item = node.item(at: position)
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
    // The four keys in one pass over the entry (each `item[key]` would
    // search it again).
    var typeNode: YAMLNode?
    var nameNode: YAMLNode?
    var urlNode: YAMLNode?
    var blogTagNode: YAMLNode?
    item.forEachPair { key, value in
      // The first pair wins, as `item[key]` gives (duplicates fail to load).
      switch key {
      case "type": if typeNode == nil { typeNode = value }
      case "name": if nameNode == nil { nameNode = value }
      case "url": if urlNode == nil { urlNode = value }
      case "blog_tag": if blogTagNode == nil { blogTagNode = value }
      default: break
      }
    }
    let typeText = typeNode.flatMap { FrontMatterReader.text(of: $0, key: "type", issues: &issues) }
    let kind = typeText.flatMap(Self.kind(of:))
    if kind == nil {
      let shown =
        typeText.map { "unknown contextual link type '\($0)'" } ?? "contextual link has no 'type'"
      issues.append(.init(.unknownLinkType, shown, at: typeNode?.range ?? item.range))
    }
    let name = nameNode.flatMap { FrontMatterReader.text(of: $0, key: "name", issues: &issues) }
    let url = urlNode.flatMap { FrontMatterReader.text(of: $0, key: "url", issues: &issues) }
    if kind != .dynamicBlog, name?.isEmpty ?? true {
      issues.append(
        .init(.linkWithoutName, "contextual link has no 'name'", at: nameNode?.range ?? item.range))
    }
    if kind == .link, url?.isEmpty ?? true {
      issues.append(
        .init(.linkWithoutURL, "'link' entry has no 'url'", at: urlNode?.range ?? item.range))
    }
    if let url, let urlNode, Self.hasOuterWhitespace(url) {
      issues.append(
        .init(.urlWhitespace, "url '\(url)' has leading or trailing whitespace", at: urlNode.range))
    }
    let blogTag = blogTagNode.flatMap {
      FrontMatterReader.text(of: $0, key: "blog_tag", issues: &issues)
    }
    return ContextualLink(
      kind: kind, typeText: typeText, name: name, url: url, blogTag: blogTag, range: item.range,
      urlRange: urlNode?.range)
  }

  /// Whether `text` starts or ends with a whitespace character, reading an
  /// ASCII end byte directly (no grapheme breaking for the usual URL).
  static func hasOuterWhitespace(_ text: String) -> Bool {
    guard let firstByte = text.utf8.first, let lastByte = text.utf8.last else { return false }
    // An ASCII first byte is the first character's first scalar, which is
    // what `Character.isWhitespace` reads.
    let first = firstByte < 0x80 ? isASCIIWhitespace(firstByte) : text.first?.isWhitespace == true
    if first { return true }
    // The last character may start before an ASCII last byte (a prepended
    // mark and a space are one character), but never with whitespace unless
    // that byte is whitespace too.
    if lastByte < 0x80, !isASCIIWhitespace(lastByte) { return false }
    return text.last?.isWhitespace == true
  }

  /// The link kind whose raw value is `type`: a literal `switch` compares
  /// the few small strings directly (`init(rawValue:)` searches a table).
  static func kind(of type: String) -> ContextualLink.Kind? {
    switch type {
    case "section": .section
    case "subtitle": .subtitle
    case "link": .link
    case "dynamic_blog": .dynamicBlog
    default: nil
    }
  }

  /// Tab, line feed, vertical tab, form feed, carriage return, space.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }
}
