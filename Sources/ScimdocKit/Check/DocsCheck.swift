import Foundation

/// Options for checking a content tree.
public struct CheckOptions: Sendable {
  public var loader = SourceLoader()
  public var project = ProjectConfig()
  /// Threads for per-page work (default: all cores).
  public var threads = ProcessInfo.processInfo.activeProcessorCount
  /// Provider profiles for extraction on setup pages (nil: skip extraction).
  public var profiles: ProfileSet?

  public init() {}
}

/// `scimdoc check`: every page's own findings plus the cross-page ones, with
/// suppressions and per-rule severities applied.
public enum DocsCheck {
  /// The pages found under `paths`, honouring the project's ignore globs.
  public static func pages(in paths: [String], options: CheckOptions) throws(InputError) -> [String]
  {
    try ContentWalker(ignored: options.project.ignored).pages(in: paths)
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
    let files = try pages(in: paths, options: options)
    let loader = options.loader
    let project = options.project
    let profiles = options.profiles
    let root = contentRoot(for: paths, options: options)
    let sitePaths = Set(files.map { SiteChecks.sitePath($0, contentRoot: root) })
    let work =
      analyze ?? {
        PageAnalyzer.analyzeForSiteCheck(
          path: $0, loader: loader, project: project, profiles: profiles, sitePaths: sitePaths)
      }
    let analyses = Parallel.map(files, threads: options.threads, work)
    let report = combine(analyses, root: root, options: options)
    return (report, analyses)
  }

  /// Page and site findings, re-levelled and with suppressions applied.
  public static func combine(_ analyses: [PageAnalysis], root: String, options: CheckOptions)
    -> Report
  {
    var findings: [Diagnostic] = []
    findings.reserveCapacity(analyses.reduce(0) { $0 + $1.findings.count })
    for analysis in analyses { findings += analysis.findings }
    findings += SiteChecks.run(analyses, contentRoot: root, urlPrefix: options.project.urlPrefix)
    findings = options.project.apply(to: findings)
    let suppressions = Dictionary(grouping: analyses.flatMap(\.suppressions), by: \.location.file)
    var suppressed = 0
    for i in findings.indices {
      guard let file = findings[i].location?.file, let list = suppressions[file] else { continue }
      if list.contains(where: { $0.covers(findings[i]) }) {
        findings[i].suppressed = true
        suppressed += 1
      }
    }
    return Report(
      findings: findings, rules: DocRules.all.map(\.description), suppressedCount: suppressed,
      filesChecked: analyses.count)
  }
}
