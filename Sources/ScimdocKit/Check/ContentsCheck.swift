/// Checks that the "Contents" list and the page's headings agree, and that
/// in-page `#anchor` links resolve (GitHub slugs).
public enum ContentsCheck {
  /// Findings for `page`.
  public static func run(_ page: Page) -> [Diagnostic] {
    let contents = PageLinks.contents(in: page.document, headings: page.headings)
    return run(
      page, links: PageLinks.links(in: page.document, contentsList: contents?.list),
      contents: contents)
  }

  /// Findings for `page`, whose links and "Contents" heading and list are
  /// already found. Each finding whose edit is certain carries it.
  static func run(
    _ page: Page, links: [PageLink], contents: (heading: MarkupNode, list: MarkupNode)?
  ) -> [Diagnostic] {
    let file = page.source
    let anchors = Set(page.headings.map(\.anchor))
    var findings: [Diagnostic] = []
    var listed = Set<String>()
    var suggester = AnchorSuggester(page.headings)
    var broken: [(link: PageLink, anchor: String, only: String?)] = []
    for link in links where link.destination.hasPrefix("#") {
      let anchor = String(link.destination.dropFirst())
      if link.inContents { listed.insert(anchor) }
      guard !anchor.isEmpty, !anchors.contains(anchor) else { continue }
      broken.append((link, anchor, suggester.onlySuggestion(for: anchor)))
    }
    // Contents links repaired to a heading (by `--fix`): a heading two of
    // them would point at, or one the list already has, gets no repair.
    var targets: [String: Int] = [:]
    for b in broken where b.link.inContents { b.only.map { targets[$0, default: 0] += 1 } }
    var repaired: [String: String] = [:]
    for b in broken {
      var edits: [FixEdit] = []
      if let only = b.only, !b.link.inContents || (targets[only] == 1 && !listed.contains(only)) {
        edits = ContentsFixes.replaceAnchor(in: b.link, with: only, file: file)
        if b.link.inContents, !edits.isEmpty { repaired[b.anchor] = only }
      }
      let location = DiagnosticLocation(file.range(b.link.byteRange), in: file.path)
      findings.append(
        b.link.inContents
          ? Diagnostic(
            rule: "contents-link-broken", severity: .error,
            message: "'Contents' links to '#\(b.anchor)', but no heading has that anchor",
            location: location, fix: suggester.suggestion(for: b.anchor), edits: edits)
          : Diagnostic(
            rule: "anchor-broken", severity: .error,
            message: "link to '#\(b.anchor)' does not match any heading on this page",
            location: location, fix: suggester.suggestion(for: b.anchor), edits: edits))
    }
    guard let (heading, list) = contents, case .heading(let contentsLevel, _) = heading.kind
    else { return findings }
    // Headings after "Contents" one level below it (H2 under an H2 "Contents"
    // means its siblings); H3s only when the list already lists some H3.
    let after = page.headings.filter {
      $0.byteRange.lowerBound > heading.byteRange.lowerBound && $0.level >= contentsLevel
    }
    let listsDeeper = after.contains { $0.level > contentsLevel && listed.contains($0.anchor) }
    var placement: ContentsPlacement?
    let repairedTo = Set(repaired.values)
    for h in after where !listed.contains(h.anchor) {
      guard h.level == contentsLevel || (listsDeeper && h.level == contentsLevel + 1) else {
        continue
      }
      var edits: [FixEdit] = []
      if ContentsFixes.canList(h), !repairedTo.contains(h.anchor) {
        placement =
          placement
          ?? ContentsPlacement(
            list: list, contentsLevel: contentsLevel, after: after, repaired: repaired, file: file)
        edits = placement?.edits(for: h) ?? []
      }
      findings.append(
        Diagnostic(
          rule: "contents-missing-heading", severity: .warning,
          message: "heading '\(h.text)' is not listed in 'Contents'",
          location: DiagnosticLocation(file.range(h.byteRange), in: file.path),
          fix: "add '* [\(h.text)](#\(h.anchor))' to the Contents list",
          edits: edits))
    }
    return findings
  }

  /// "did you mean '#x'?" for the closest anchor by shared words.
  static func suggestion(for anchor: String, in headings: [HeadingInfo]) -> String? {
    let words = Set(anchor.split(separator: "-"))
    var best: (Int, String)?
    for h in headings {
      let shared = words.intersection(h.anchor.split(separator: "-")).count
      if shared > 0, shared > (best?.0 ?? 0) { best = (shared, h.anchor) }
    }
    return best.map { "did you mean '#\($0.1)'?" }
  }
}
