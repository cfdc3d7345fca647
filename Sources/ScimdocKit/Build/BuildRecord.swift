import Foundation

/// What the last build saw and published, kept next to the page cache
/// (`build.record`), so that a rerun over a site where nothing changed can
/// skip reading the page cache, the site checks and publishing: it checks
/// the pages' and outputs' stamps and replays the report.
///
/// The record is removed when a full build starts and written when it ends,
/// so a build that was interrupted leaves none and the next build is a full
/// one (which also sweeps the interrupted build's temporary files).
struct BuildRecord {
  /// The file name inside the cache folder.
  static let fileName = "build.record"
  /// The file opens like the page cache (one JSON object, the data in base64).
  static var magic: String {
    "{\"format\":\"scimdoc-build-record 3 " + ScimdocVersion.current + "\",\"data\":\""
  }

  /// Everything besides the pages that shapes the outcome (see ``settings(for:root:salt:)``).
  var settings: String
  /// Every page in walk order, with its stamp when the build read it.
  var pages: [(path: String, stamp: FileStamp)]
  /// Every file the build published, relative to `--out`, with its stamp.
  var outputs: [(path: String, stamp: OutputStamp)]
  var setupPages: Int
  var report: Report

  /// The settings key: the tool version, the page-cache salt, the project
  /// settings applied after the cache (severities, ignores, the content
  /// root), the file size limit, the output folder and the baseline file's
  /// stamp.
  static func settings(for options: BuildOptions, root: String, salt: String) -> String {
    let project = options.check.project
    var parts = [
      ScimdocVersion.current, salt, root, absolute(options.outDir),
      String(options.check.loader.maxFileSize),
      project.contentRoot ?? "", project.ignored.joined(separator: ","),
      project.ruleSeverity.sorted { $0.key < $1.key }
        .map { "\($0.key)=\($0.value?.rawValue ?? "off")" }.joined(separator: ","),
    ]
    if let baseline = options.baseline {
      let stamp = OutputStamp(path: baseline)
      parts.append(absolute(baseline) + ":" + (stamp.map { "\($0)" } ?? "missing"))
    }
    return parts.joined(separator: "\u{0}")
  }

  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// The record in `folder`, when there is one that is whole and was written
  /// by this version of the tool.
  static func load(from folder: String) -> BuildRecord? {
    guard let data = BuildCache.unwrap(folder + "/" + fileName, magic: magic) else { return nil }
    var reader = CacheReader(data)
    do throws(CacheReader.Malformed) {
      let record = try BuildRecord(from: &reader)
      return reader.isAtEnd ? record : nil
    } catch {
      return nil
    }
  }

  /// Removes the record in `folder` (a full build is about to change things).
  static func remove(from folder: String) {
    unlink(folder + "/" + fileName)
  }

  /// Writes the record atomically; a record that would hold secret-looking
  /// text is not written (the cache folder never holds a secret).
  func save(to folder: String) {
    var writer = CacheWriter()
    writer.probingSecrets = true
    write(to: &writer)
    guard !writer.sawSecret else { return }
    try? AtomicWriter(root: folder).write(
      BuildCache.wrap(writer.bytes, magic: Self.magic), to: Self.fileName)
  }

  /// True when `files` are the recorded pages, none changed since, and every
  /// recorded output is still the file this build published.
  func matches(files: [String], settings: String, outDir: String) -> Bool {
    guard settings == self.settings, files.count == pages.count else { return false }
    for (path, page) in zip(files, pages) {
      guard path == page.path, FileStamp(path: path) == page.stamp else { return false }
    }
    let prefix = outDir.hasSuffix("/") ? outDir : outDir + "/"
    for output in outputs {
      guard OutputStamp(path: prefix + output.path) == output.stamp else { return false }
    }
    return true
  }

  func write(to w: inout CacheWriter) {
    w.string(settings)
    w.array(pages) { w, page in
      w.string(page.path)
      page.stamp.write(to: &w)
    }
    w.array(outputs) { w, output in
      w.string(output.path)
      output.stamp.write(to: &w)
    }
    w.int(setupPages)
    w.array(report.findings) { $1.write(to: &$0) }
    w.int(report.suppressedCount)
    w.int(report.filesChecked)
  }

  init(
    settings: String, pages: [(path: String, stamp: FileStamp)],
    outputs: [(path: String, stamp: OutputStamp)], setupPages: Int, report: Report
  ) {
    self.settings = settings
    self.pages = pages
    self.outputs = outputs
    self.setupPages = setupPages
    self.report = report
  }

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    typealias M = CacheReader.Malformed
    settings = try r.string()
    pages = try r.array { r throws(M) in
      (try r.string(), try FileStamp(from: &r))
    }
    outputs = try r.array { r throws(M) in (try r.string(), try OutputStamp(from: &r)) }
    setupPages = try r.int()
    let findings = try r.array { r throws(M) in try Diagnostic(from: &r) }
    report = Report(
      findings: findings, rules: DocRules.all.map(\.description), suppressedCount: try r.int(),
      filesChecked: try r.int())
  }
}

/// A published file's identity: its inode, size and change times. Writing
/// through a temporary file and a rename gives the file a new inode, and an
/// edit in place changes its times, so an output anyone touched no longer
/// matches.
struct OutputStamp: Equatable, CustomStringConvertible {
  var device: Int
  var inode: Int
  var size: Int
  var modified: Int
  var changed: Int

  init?(path: String) {
    guard let info = RegularFileInfo(path: path) else { return nil }
    device = info.device
    inode = info.inode
    size = info.size
    modified = info.modified.seconds &* 1_000_000_000 &+ info.modified.nanoseconds
    changed = info.changed.seconds &* 1_000_000_000 &+ info.changed.nanoseconds
  }

  var description: String { "\(device).\(inode).\(size).\(modified).\(changed)" }

  func write(to w: inout CacheWriter) {
    for v in [device, inode, size, modified, changed] { w.int(v) }
  }

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    device = try r.int()
    inode = try r.int()
    size = try r.int()
    modified = try r.int()
    changed = try r.int()
  }
}
