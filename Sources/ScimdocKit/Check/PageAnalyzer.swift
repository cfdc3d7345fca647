/// Reads one page and produces its ``PageAnalysis``: front-matter findings,
/// Contents and anchor findings, links, suppressions and setup settings.
///
/// A page whose front matter cannot be read still has its body checked, so a
/// YAML error does not hide the page's headings from links elsewhere.
public enum PageAnalyzer {
  /// Analyses the page at `path`. Unreadable files become one finding.
  public static func analyze(
    path: String, loader: SourceLoader, project: ProjectConfig = ProjectConfig(),
    profiles: ProfileSet? = nil
  ) -> PageAnalysis {
    let file: SourceFile
    do {
      file = try loader.load(path)
    } catch {
      var analysis = PageAnalysis(path: path, contentHash: "")
      analysis.findings.append(finding(for: error, rule: "file-unreadable"))
      return analysis
    }
    return analyze(file, project: project, profiles: profiles)
  }

  /// The analysis `scimdoc check` keeps for the cross-page checks: no content
  /// hash (nothing in a check reads it) and only the links that can still
  /// yield a finding on a site whose pages have the site paths `sitePaths`
  /// (see ``SiteChecks/siteTarget(ifMayBeBroken:pages:urlPrefix:)``), so that a large
  /// site's analyses stay small.
  static func analyzeForSiteCheck(
    path: String, loader: SourceLoader, project: ProjectConfig, profiles: ProfileSet?,
    sitePaths: Set<String>, interner: StringInterner? = nil
  ) -> PageAnalysis {
    guard let file = try? loader.load(path) else {
      return analyze(path: path, loader: loader, project: project, profiles: profiles)
    }
    // Only links that can still yield a finding are kept, each with its
    // target, so the site check need not parse it again.
    let urlPrefix = project.urlPrefix
    var analysis = analyzeParsed(
      file, project: project, profiles: profiles, hashing: false,
      siteTargets: {
        SiteChecks.siteTarget(ifMayBeBroken: $0, pages: sitePaths, urlPrefix: urlPrefix)
      }
    ).0
    // Kept until the whole site is read: copies without spare capacity, and
    // one copy of a link target many pages share. The title is not needed.
    analysis.title = nil
    if let interner {
      // Many pages link to the same few targets: one copy of each text.
      for i in analysis.links.indices {
        analysis.links[i].destination = interner.intern(analysis.links[i].destination)
        let key = analysis.linkTargets[i].key
        analysis.linkTargets[i].key =
          sitePaths.firstIndex(of: key).map { sitePaths[$0] } ?? interner.intern(key)
        analysis.linkTargets[i].anchor = analysis.linkTargets[i].anchor.map(interner.intern)
      }
    }
    analysis.links = analysis.links.map { $0 }
    analysis.linkTargets = analysis.linkTargets.map { $0 }
    analysis.anchors = analysis.anchors.map(Self.exactCopy)
    analysis.findings = analysis.findings.map { $0 }
    analysis.settings = analysis.settings.map { $0 }
    return analysis
  }

  /// `s` in storage of its own size (slugs grow by appending, leaving spare room).
  private static func exactCopy(_ s: String) -> String {
    var s = s
    return s.withUTF8 { p in
      String(unsafeUninitializedCapacity: p.count) { out in
        _ = out.initialize(from: p)
        return p.count
      }
    }
  }

  /// Analyses a page from its bytes, returning the parsed page too (nil when
  /// the file could not be read as text).
  public static func analyze(
    bytes: [UInt8], path: String, project: ProjectConfig, profiles: ProfileSet? = nil
  ) -> (PageAnalysis, Page?) {
    let (analysis, page, _) = analyzeKeepingManifest(
      bytes: bytes, path: path, project: project, profiles: profiles)
    return (analysis, page)
  }

  /// Like ``analyze(bytes:path:project:profiles:)``, also returning the setup
  /// manifest the analysis extracted (so a build need not extract it again).
  static func analyzeKeepingManifest(
    bytes: [UInt8], path: String, project: ProjectConfig, profiles: ProfileSet?
  ) -> (PageAnalysis, Page?, Manifest?) {
    if bytes.contains(0) {
      var analysis = PageAnalysis(path: path, contentHash: SHA256.hex(bytes))
      let error = InputError(path: path, location: nil, message: .binary, lineText: nil)
      analysis.findings.append(finding(for: error, rule: "file-unreadable"))
      return (analysis, nil, nil)
    }
    do {
      return analyzeParsed(
        try SourceFile(path: path, bytes: bytes), project: project, profiles: profiles)
    } catch {
      var analysis = PageAnalysis(path: path, contentHash: SHA256.hex(bytes))
      analysis.findings.append(finding(for: error, rule: "file-unreadable"))
      return (analysis, nil, nil)
    }
  }

  /// Analyses an already loaded page.
  public static func analyze(
    _ file: SourceFile, project: ProjectConfig = ProjectConfig(), profiles: ProfileSet? = nil
  ) -> PageAnalysis {
    analyzeParsed(file, project: project, profiles: profiles).0
  }

  /// Analyses a loaded page, returning the parsed page and its setup
  /// manifest too. Without `hashing` (a check, which reads neither), the
  /// analysis and the manifest carry no content hash.
  ///
  /// With `siteTargets`, only the links it gives a target for are kept, and
  /// their targets with them (``PageAnalysis/linkTargets``).
  static func analyzeParsed(
    _ file: SourceFile, project: ProjectConfig, profiles: ProfileSet?, hashing: Bool = true,
    siteTargets: ((String) -> SiteChecks.Target?)? = nil
  ) -> (PageAnalysis, Page?, Manifest?) {
    var analysis = PageAnalysis(path: file.path, contentHash: hashing ? SHA256.hex(file.bytes) : "")
    let page: Page
    var frontMatterReadable = true
    do {
      page = try PageParser.parse(file)
    } catch {
      frontMatterReadable = false
      analysis.findings.append(finding(for: error, rule: frontMatterRule(error)))
      guard let body = bodyOnly(file) else { return (analysis, nil, nil) }
      page = body
    }
    analysis.title = page.frontMatter?.title
    analysis.pageID = page.frontMatter?.pageID
    analysis.pageIDLocation = page.frontMatter?.pageIDRange.map {
      DiagnosticLocation($0, in: file.path)
    }
    analysis.anchors = page.headings.map(\.anchor)
    let contents = PageLinks.contents(in: page.document, headings: page.headings)
    let pageLinks = PageLinks.links(in: page.document, contentsList: contents?.list)
    if siteTargets == nil { analysis.links.reserveCapacity(pageLinks.count) }
    for link in pageLinks {
      if let siteTargets {
        guard let target = siteTargets(link.destination) else { continue }
        analysis.linkTargets.append(target)
      }
      analysis.links.append(
        LinkRecord(
          destination: link.destination,
          location: DiagnosticLocation(file.range(link.byteRange), in: file.path),
          inContents: link.inContents))
    }
    if frontMatterReadable {
      analysis.findings += FrontMatterRules.findings(page, required: project.requiredFrontMatter)
    }
    analysis.findings += ContentsCheck.run(page, links: pageLinks, contents: contents)
    let (suppressions, problems) = SuppressionScanner.scan(page.document, in: file)
    analysis.suppressions = suppressions
    analysis.findings += problems
    var setupManifest: Manifest?
    if let profiles,
      let manifest = SetupPageCheck.manifest(
        page, profiles: profiles, contentHash: analysis.contentHash)
    {
      let (findings, settings) = SetupPageCheck.findings(manifest)
      analysis.findings += findings
      analysis.settings = settings
      analysis.isSetupPage = true
      setupManifest = manifest
    }
    return (analysis, page, setupManifest)
  }

  /// The page with its front matter skipped, when only the YAML is broken.
  static func bodyOnly(_ file: SourceFile) -> Page? {
    guard let split = try? FrontMatterSplitter.split(file) else { return nil }
    let document = MarkdownParser.parse(file, bodyStart: split.bodyStart)
    return Page(
      source: file, frontMatter: nil, document: document,
      headings: Anchors.headings(in: document, file: file), bodyStart: split.bodyStart)
  }

  static func frontMatterRule(_ error: InputError) -> String {
    switch error.message {
    case .duplicateKey: "front-matter-duplicate-key"
    case .invalidDate: "updated-invalid"
    case .invalidUTF8, .binary, .tooLarge, .fileNotFound, .notAFile, .unreadable: "file-unreadable"
    default: "front-matter-invalid"
    }
  }

  static func finding(for error: InputError, rule: String) -> Diagnostic {
    let location = error.location.map {
      DiagnosticLocation(
        file: error.path, line: $0.line, column: $0.column, endLine: $0.line, endColumn: $0.column)
    }
    return Diagnostic(
      rule: rule, severity: .error, message: error.message.text,
      location: location
        ?? DiagnosticLocation.start(of: error.path),
      notes: error.notes)
  }
}
