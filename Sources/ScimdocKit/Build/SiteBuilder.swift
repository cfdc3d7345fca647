import Foundation

/// Options for `scimdoc build`.
public struct BuildOptions: Sendable {
  public var check = CheckOptions()
  public var outDir = "public/scimdoc"
  /// nil disables the cache.
  public var cacheDir: String? = ".scimdoc-cache"
  /// A previous JSON report whose findings (by fingerprint) are not reported.
  public var baseline: String?
  /// Folder of Mustache templates overriding the bundled ones.
  public var templates: String?
  /// Called after each page with (done, total, path).
  public var progress: (@Sendable (Int, Int, String) -> Void)?

  public init() {}
}

/// The outcome of a build.
public struct BuildResult: Sendable {
  public var report: Report
  public var pages: Int
  public var setupPages: Int
  public var filesWritten: Int
  public var filesUnchanged: Int
  public var cacheHits: Int
  /// True when nothing changed since the last build (pages, settings and
  /// published files), so its outcome was replayed from the build record.
  public var upToDate = false
}

/// `scimdoc build`: check the tree, then publish each setup page's manifest
/// and checklists and an `index.json`, atomically and deterministically.
public enum SiteBuilder {
  /// Renders a setup page's artifacts (nil for pages that are not setup pages).
  public typealias Renderer = @Sendable (Page, String?) -> PageArtifacts?

  /// Builds the pages under `paths` into `options.outDir`.
  public static func build(paths: [String], options: BuildOptions, renderer: Renderer?)
    throws(InputError) -> BuildResult
  {
    try build(paths: paths, options: options) { page, _, templates in
      page.flatMap { renderer?($0, templates) }
    }
  }

  /// Builds with the standard setup artifacts (manifest and checklists) for
  /// `options.check.profiles` (none without profiles); each setup page's
  /// manifest is extracted once, by the page's analysis. `loadProfiles`,
  /// when given, supplies the profiles, and is called only when the site
  /// changed since the last build (an up-to-date site needs none).
  public static func build(
    paths: [String], options: BuildOptions,
    loadProfiles: (() throws(InputError) -> ProfileSet?)? = nil
  ) throws(InputError) -> BuildResult {
    try build(paths: paths, options: options, replayable: true, loadProfiles: loadProfiles) {
      _, manifest, templates in
      manifest.map { SetupArtifacts.artifacts($0, templates: templates) }
    }
  }

  /// `replayable`: the renderer is the standard one, so a site where nothing
  /// changed may be answered from the last build's record.
  private static func build(
    paths: [String], options given: BuildOptions, replayable: Bool = false,
    loadProfiles: (() throws(InputError) -> ProfileSet?)? = nil,
    render: @escaping @Sendable (Page?, Manifest?, String?) -> PageArtifacts?
  ) throws(InputError) -> BuildResult {
    try refuseOutputInsideContent(paths: paths, outDir: given.outDir)
    // A broken or misspelled --templates is an error before any work, not a
    // build that silently publishes no checklists.
    if let templates = given.templates { try ChecklistRenderer.checkTemplates(in: templates) }
    let lock = try BuildLock(folders: [given.outDir] + (given.cacheDir.map { [$0] } ?? []))
    defer { lock.release() }
    let (files, skipped) = try DocsCheck.walk(paths, options: given.check)
    let root = DocsCheck.contentRoot(for: paths, options: given.check)
    let salt = settingsSalt(given)
    let recordSettings = BuildRecord.settings(for: given, root: root, salt: salt)
    if replayable, let result = upToDate(files: files, settings: recordSettings, options: given) {
      return result
    }
    var prepared = given
    if let loadProfiles { prepared.check.profiles = try loadProfiles() }
    let options = prepared
    let cache = options.cacheDir.map(BuildCache.init(folder:))
    if let folder = options.cacheDir {
      BuildRecord.remove(from: folder)
      AtomicWriter(root: folder).removeStaleTemporaries()
    }
    let (cached, stamps) = cache?.load(salt: salt) ?? ([:], StampIndex())
    let started = Date()
    let counter = ProgressCounter(total: files.count, report: options.progress)
    let loader = options.check.loader
    let project = options.check.project
    let results = Parallel.map(files, threads: options.check.threads) {
      path -> (CacheEntry, FileStamp?) in
      defer { counter.tick(path) }
      // A page whose size and time are as recorded is not read again.
      let stamp = cache == nil ? nil : FileStamp(path: path)
      // An entry is served only for the page it was made from.
      if let key = stamps.key(for: path, stamp: stamp), let hit = cached[key],
        hit.analysis.path == path
      {
        counter.hit()
        return (hit, stamp)
      }
      guard let bytes = try? loader.readBytes(path) else {
        let analysis = PageAnalyzer.analyze(
          path: path, loader: loader, project: project, profiles: options.check.profiles)
        return (CacheEntry(key: "", analysis: analysis, artifacts: nil), nil)
      }
      let key = BuildCache.key(path: path, bytes: bytes, salt: salt)
      if let hit = cached[key], hit.analysis.path == path {
        counter.hit()
        return (hit, stamp)
      }
      let (analysis, page, manifest) = PageAnalyzer.analyzeKeepingManifest(
        bytes: bytes, path: path, project: project, profiles: options.check.profiles)
      let artifacts = render(page, manifest, options.templates)
      return (CacheEntry(key: key, analysis: analysis, artifacts: artifacts), stamp)
    }
    let entries = results.map(\.0)
    let hits = counter.hits
    if let cache {
      var newStamps = StampIndex()
      for (path, (entry, stamp)) in zip(files, results) where !entry.key.isEmpty {
        if let stamp, stamp.isSettled(before: started) {
          newStamps.entries[path] = (stamp, entry.key)
        }
      }
      // One write when anything changed: pages, their stamps, or the set of pages.
      let keep = entries.filter { !$0.key.isEmpty }
      let sameStamps =
        newStamps.entries.count == stamps.entries.count
        && newStamps.entries.allSatisfy { path, value in
          stamps.entries[path].map { $0.0 == value.0 && $0.1 == value.1 } ?? false
        }
      // Identical pages share one entry, so compare distinct keys.
      let distinct = Set(keep.map(\.key)).count
      if hits != keep.count || cached.count != distinct || !sameStamps {
        cache.save(keep, stamps: newStamps, salt: salt)
      }
    }
    var report = DocsCheck.combine(
      entries.map(\.analysis), root: root, options: options.check, extra: skipped)
    if let baseline = options.baseline { report = try Baseline.filter(report, baseline: baseline) }
    let outcome = try publish(entries, root: root, report: report, options: options)
    let setupPages = entries.filter { $0.artifacts != nil }.count
    if replayable, let folder = options.cacheDir {
      // Only when every page was settled when read: a page edited within
      // the clock tick of this build must not be taken as unchanged later.
      let pageStamps = zip(files, results).compactMap { path, result in
        result.1.flatMap { $0.isSettled(before: started) ? (path: path, stamp: $0) : nil }
      }
      let prefix = options.outDir.hasSuffix("/") ? options.outDir : options.outDir + "/"
      let outputs = outcome.files.compactMap { name in
        OutputStamp(path: prefix + name).map { (path: name, stamp: $0) }
      }
      if pageStamps.count == files.count, outputs.count == outcome.files.count {
        BuildRecord(
          settings: recordSettings, pages: pageStamps, outputs: outputs, setupPages: setupPages,
          report: report
        ).save(to: folder)
      }
    }
    return BuildResult(
      report: report, pages: files.count, setupPages: setupPages,
      filesWritten: outcome.written, filesUnchanged: outcome.unchanged, cacheHits: hits)
  }

  /// Throws when `outDir` is one of the content folders or inside one: the
  /// next build would read its own checklists as pages.
  static func refuseOutputInsideContent(paths: [String], outDir: String) throws(InputError) {
    func absolute(_ path: String) -> String {
      let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
      return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }
    let out = absolute(outDir)
    for path in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue
      else { continue }
      let content = absolute(path)
      if out.hasPrefix(content) {
        throw InputError(
          path: outDir, location: nil,
          message: .custom(
            "the output folder is inside the content folder '\(path)': a build there would "
              + "read its own checklists as pages; choose --out outside it (for example "
              + "public/scimdoc)"),
          lineText: nil)
      }
    }
  }

  /// The last build's result when nothing changed since (no page, setting,
  /// baseline or published file), else nil.
  private static func upToDate(files: [String], settings: String, options: BuildOptions)
    -> BuildResult?
  {
    guard let folder = options.cacheDir, let record = BuildRecord.load(from: folder),
      record.matches(files: files, settings: settings, outDir: options.outDir)
    else { return nil }
    return replay(record, options: options)
  }

  /// The result of a build over a site where nothing changed since `record`.
  private static func replay(_ record: BuildRecord, options: BuildOptions) -> BuildResult {
    let total = record.pages.count
    if let progress = options.progress, total > 0 {
      progress(total, total, record.pages[total - 1].path)
    }
    return BuildResult(
      report: record.report, pages: total, setupPages: record.setupPages, filesWritten: 0,
      filesUnchanged: record.outputs.count, cacheHits: total, upToDate: true)
  }

  /// Everything besides the page bytes that changes the output.
  static func settingsSalt(_ options: BuildOptions) -> String {
    var parts = [
      options.check.project.urlPrefix,
      options.check.project.requiredFrontMatter.joined(separator: ","),
    ]
    // Templates shape the checklists and profiles shape extraction.
    for folder in [options.templates, options.check.project.profilesFolder].compactMap({ $0 }) {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        continue
      }
      for name in names.sorted() {
        let data = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))) ?? Data()
        parts.append(name + ":" + SHA256.hex([UInt8](data)))
      }
    }
    return parts.joined(separator: "|")
  }
}

/// Counts finished pages for progress reports (thread-safe).
final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  private(set) var hits = 0
  let total: Int
  let report: (@Sendable (Int, Int, String) -> Void)?

  init(total: Int, report: (@Sendable (Int, Int, String) -> Void)?) {
    self.total = total
    self.report = report
  }

  func hit() {
    lock.lock()
    hits += 1
    lock.unlock()
  }

  func tick(_ path: String) {
    lock.lock()
    done += 1
    let n = done
    lock.unlock()
    report?(n, total, path)
  }
}
