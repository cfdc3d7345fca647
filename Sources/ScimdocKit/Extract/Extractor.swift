import Foundation

/// Extracts a ``Manifest`` from a parsed ``Page`` using provider profiles.
public struct Extractor: Sendable {
  public var profiles: ProfileSet

  public init(profiles: ProfileSet) {
    self.profiles = profiles
  }

  /// The manifest of `page`.
  public func manifest(for page: Page) -> Manifest {
    manifest(for: page, contentHash: nil)
  }

  /// The manifest of `page`, reusing its already computed hex SHA-256.
  func manifest(for page: Page, contentHash: String?) -> Manifest {
    let file = page.source
    let fm = page.frontMatter
    // The body's own bytes when the range holds whole scalars (then they are its UTF-8).
    let bytes = file.bytes
    let range = page.document.byteRange.clamped(to: 0..<bytes.count)
    let whole = [range.lowerBound, range.upperBound].allSatisfy {
      $0 == bytes.count || bytes[$0] & 0xC0 != 0x80
    }
    let found = profiles.detected(
      title: fm?.title, pageID: fm?.pageID,
      bodyBytes: whole ? bytes[range] : Array(file.text(range).utf8)[...],
      body: { file.text(page.document.byteRange) })
    let detected = found.profile
    // Doc-site markup (shortcodes, JSX components, admonitions) is read through.
    let seen = Self.seenThrough(page)
    var state = ExtractionState(file: seen.page.source, profile: found.merged, folded: found.folded)
    if let filter = seen.filter { state.original = (file, filter) }
    let procedures = ProcedureWalker(page: seen.page).walk(&state)
    let sections = profiles.profiles.filter { !$0.detect.isEmpty }.map {
      ($0.detect, $0.merged(withFallback: profiles.generic))
    }
    var frames = FrameReader(page: seen.page, sectionProfiles: sections)
    frames.pageIsGeneric = detected.id == profiles.generic.id
    frames.tabs = ProviderSections.tabs(in: file, bodyStart: page.bodyStart)
    frames.read(&state)
    // A requirement in a provider's tab or section is that provider's.
    for i in state.requirements.indices {
      let line = state.requirements[i].source.line
      state.requirements[i].provider =
        frames.providerLines.last { $0.lines.contains(line) }?.provider
    }
    let source = ManifestSource(
      path: file.path, pageID: fm?.pageID, title: fm?.title, updated: fm?.updated?.iso,
      contentHash: "sha256:" + (contentHash ?? SHA256.hex(file.bytes)))
    // Secrets the page wrote (a URL's password, a bearer credential) never
    // leave extraction: every output and the cache get the masked manifest.
    return Manifest(
      source: source, provider: detected.id, product: Self.product(page.document, file: file),
      prerequisites: state.prerequisites, procedures: procedures, requirements: state.requirements,
      facts: state.facts, notes: state.notes
    ).maskingSecrets()
  }

  /// The page with its doc-site dialect blanked (same length), or the page itself.
  static func seenThrough(_ page: Page) -> (page: Page, filter: DialectFilter?) {
    guard let filter = DialectFilter.filter(page.source, bodyStart: page.bodyStart),
      let file = try? SourceFile(path: page.source.path, bytes: filter.bytes)
    else { return (page, nil) }
    let document = MarkdownParser.parse(file, bodyStart: page.bodyStart)
    let filtered = Page(
      source: file, frontMatter: page.frontMatter, document: document,
      headings: Anchors.headings(in: document, file: file), bodyStart: page.bodyStart)
    return (filtered, filter)
  }

  /// The product the page is about: the words before "supports" in its first paragraph.
  static func product(_ document: MarkupNode, file: SourceFile) -> String? {
    guard let first = document.children.first(where: { $0.kind == .paragraph }) else { return nil }
    // The product's words end at the fourth token at the latest.
    let tokens = Tokenizer.tokens(of: first, in: file, limit: 4)
    guard let s = tokens.firstIndex(where: { $0.word == "supports" || $0.word == "provides" }),
      s > 0, s <= 3
    else { return nil }
    return tokens[..<s].map(\.original).joined(separator: " ")
  }
}
