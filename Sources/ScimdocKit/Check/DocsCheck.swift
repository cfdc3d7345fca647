import Foundation

/// Options for checking a content tree.
public struct CheckOptions: Sendable {
  public var loader = SourceLoader()
  public var project = ProjectConfig()
  /// Threads for per-page work (default: all cores).
  public var threads = ProcessInfo.processInfo.activeProcessorCount
  /// Provider profiles for extraction on setup pages (nil: skip extraction).
  public var profiles: ProfileSet?
  /// A page read from stdin, checked instead of the paths (`check -`).
  public var stdinPage: StdinPage?

  public init() {}
}

/// `scimdoc check`: every page's own findings plus the cross-page ones, with
/// suppressions and per-rule severities applied.
public enum DocsCheck {
  /// The pages found under `paths`, honouring the project's ignore globs.
  public static func pages(in paths: [String], options: CheckOptions) throws(InputError) -> [String]
  {
    try walk(paths, options: options).pages
  }

  /// The pages under `paths` and a `path-skipped` warning for each path the
  /// walk did not take (too deep, unreadable, a link out of the content).
  static func walk(_ paths: [String], options: CheckOptions) throws(InputError) -> (
    pages: [String], skipped: [Diagnostic]
  ) {
    let (pages, skipped) = try ContentWalker(ignored: options.project.ignored).walk(paths)
    return (
      pages,
      skipped.map {
        Diagnostic(
          rule: "path-skipped", severity: .warning, message: $0.reason,
          location: DiagnosticLocation.start(of: $0.path))
      }
    )
  }

  /// The site the named pages belong to: the configured content root, or
  /// `./content`, when every path is a page of it (not a folder, not
  /// ignored); nil otherwise (folders, stdin, pages outside any site).
  static func siteOfNamedPages(_ paths: [String], options: CheckOptions) throws(InputError) -> (
    root: String, named: Set<String>, walked: (pages: [String], skipped: [Diagnostic])
  )? {
    guard !paths.isEmpty else { return nil }
    var isDir: ObjCBool = false
    for path in paths {
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue
      else { return nil }
    }
    let root = options.project.contentRoot ?? "content"
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue
    else { return nil }
    let named = Set(paths.map(absolute))
    let walked = try walk([root], options: options)
    return named.isSubset(of: Set(walked.pages.map(absolute))) ? (root, named, walked) : nil
  }

  /// `path` absolute and standardised (`./a/../b.md` is `$PWD/b.md`).
  static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  /// The content root: the configured one, the single folder given, or `.`.
  public static func contentRoot(for paths: [String], options: CheckOptions) -> String {
    if let root = options.project.contentRoot { return root }
    var isDir: ObjCBool = false
    if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDir),
      isDir.boolValue
    {
      return paths[0]
    }
    return "."
  }

  /// Analyses every page (in parallel) and combines the findings.
  ///
  /// With the default analysis, each page keeps only what the cross-page
  /// checks read (see ``PageAnalyzer/analyzeForSiteCheck``); page trees are
  /// never kept.
  public static func run(
    paths: [String], options: CheckOptions,
    analyze: (@Sendable (String) -> PageAnalysis)? = nil
  ) throws(InputError) -> (Report, [PageAnalysis]) {
    let (analyses, root, skipped) = try analyzeAll(paths: paths, options: options, analyze: analyze)
    var copy = analyses
    let report = combine(draining: &copy, root: root, options: options, extra: skipped)
    return (report, analyses)
  }

  /// The report alone: what `scimdoc check` shows. The pages' analyses are
  /// consumed as the report is made (each page's findings move into it, and
  /// nothing else of a page outlives the site checks), so a large site's
  /// findings are never held twice.
  ///
  /// `loadProfiles`, when given, supplies `options.profiles`: it runs while
  /// the content tree is walked, and its error, if any, is the one thrown.
  public static func report(
    paths: [String], options: CheckOptions,
    loadProfiles: (@Sendable () throws(InputError) -> ProfileSet?)? = nil
  ) throws(InputError) -> Report {
    if let page = options.stdinPage {
      return try report(stdin: page, options: options, loadProfiles: loadProfiles)
    }
    // Pages named one by one (pre-commit, an editor, `git diff --name-only`)
    // are checked as part of their site: its pages are the link targets and
    // ids, and the findings of the named pages are exactly those of a
    // whole-site check.
    if let site = try siteOfNamedPages(paths, options: options) {
      // The site is walked once: its pages are what is analysed.
      var (analyses, root, skipped) = try analyzeAll(
        paths: [site.root], options: options, loadProfiles: loadProfiles, analyze: nil,
        walked: site.walked)
      var whole = combine(draining: &analyses, root: root, options: options, extra: skipped)
      whole.findings = whole.findings.filter { finding in
        finding.location.map { site.named.contains(absolute($0.file)) } ?? false
      }
      whole.suppressedCount = whole.findings.filter(\.suppressed).count
      whole.filesChecked = site.named.count
      return whole
    }
    var (analyses, root, skipped) = try analyzeAll(
      paths: paths, options: options, loadProfiles: loadProfiles, analyze: nil)
    return combine(draining: &analyses, root: root, options: options, extra: skipped)
  }

  static func analyzeAll(
    paths: [String], options given: CheckOptions,
    loadProfiles: (@Sendable () throws(InputError) -> ProfileSet?)? = nil,
    analyze: (@Sendable (String) -> PageAnalysis)?,
    walked: (pages: [String], skipped: [Diagnostic])? = nil
  ) throws(InputError) -> ([PageAnalysis], String, [Diagnostic]) {
    var options = given
    let files: [String]
    let skipped: [Diagnostic]
    if let walked {
      if let loadProfiles { options.profiles = try loadProfiles() }
      (files, skipped) = walked
    } else if let loadProfiles, given.threads > 1 {
      // Two threads: the profiles are read while the tree is walked.
      let (walked, loaded) = Parallel.both(
        { Result { () throws(InputError) in try walk(paths, options: given) } },
        { Result { () throws(InputError) in try loadProfiles() } })
      options.profiles = try loaded.get()
      (files, skipped) = try walked.get()
    } else {
      if let loadProfiles { options.profiles = try loadProfiles() }
      (files, skipped) = try walk(paths, options: options)
    }
    let loader = options.loader
    let project = options.project
    let profiles = options.profiles
    let root = contentRoot(for: paths, options: options)
    let sitePaths = Set(files.map { SiteChecks.sitePath($0, contentRoot: root) })
    let interner = StringInterner()
    let work =
      analyze ?? {
        PageAnalyzer.analyzeForSiteCheck(
          path: $0, loader: loader, project: project, profiles: profiles, sitePaths: sitePaths,
          interner: interner)
      }
    return (Parallel.map(files, threads: options.threads, work), root, skipped)
  }

  /// Page and site findings, re-levelled and with suppressions applied.
  public static func combine(_ analyses: [PageAnalysis], root: String, options: CheckOptions)
    -> Report
  {
    var copy = analyses
    return combine(draining: &copy, root: root, options: options)
  }

  /// ``combine(_:root:options:)`` with findings about the site that no page
  /// holds (`extra`: paths the walk skipped).
  static func combine(
    _ analyses: [PageAnalysis], root: String, options: CheckOptions, extra: [Diagnostic]
  ) -> Report {
    var copy = analyses
    return combine(draining: &copy, root: root, options: options, extra: extra)
  }

  /// ``combine(_:root:options:)``, leaving `analyses` empty: page findings
  /// are moved, not copied, and every page's state is released before the
  /// findings are re-levelled.
  static func combine(
    draining analyses: inout [PageAnalysis], root: String, options: CheckOptions,
    extra: [Diagnostic] = []
  ) -> Report {
    // Site findings stay in the tasks' arrays until gathered (one copy of
    // them, not two, on a large site).
    var site = SiteChecks.runInParts(
      analyses, contentRoot: root, urlPrefix: options.project.urlPrefix, threads: options.threads)
    let suppressionLists = Dictionary(
      grouping: analyses.flatMap(\.suppressions), by: \.location.file)
    let suppressions = suppressionLists.mapValues(SuppressionIndex.init)
    let pages = analyses.count
    // Everything but the findings is released before they are gathered.
    var pageFindings = analyses.map(\.findings)
    analyses = []
    var findings: [Diagnostic] = []
    findings.reserveCapacity(
      pageFindings.reduce(0) { $0 + $1.count } + site.reduce(0) { $0 + $1.count })
    for i in pageFindings.indices {
      findings += pageFindings[i]
      pageFindings[i] = []
    }
    for i in site.indices {
      findings += site[i]
      site[i] = []
    }
    findings += extra
    findings = options.project.apply(to: findings)
    var suppressed = 0
    for i in findings.indices {
      guard let file = findings[i].location?.file, let index = suppressions[file] else { continue }
      if let reason = index.reason(for: findings[i]) {
        findings[i].suppressed = true
        findings[i].suppressionReason = reason
        suppressed += 1
      }
    }
    // Comments that silence nothing (ESLint's unused disable directives).
    if !suppressionLists.isEmpty {
      let byFile = Dictionary(grouping: findings.filter(\.suppressed)) { $0.location?.file ?? "" }
      for (file, list) in suppressionLists.sorted(by: { $0.key < $1.key }) {
        findings += options.project.apply(
          to: SuppressionIndex.unused(list, findings: byFile[file] ?? []))
      }
    }
    return Report(
      findings: findings, rules: DocRules.all.map(\.description), suppressedCount: suppressed,
      filesChecked: pages)
  }
}
