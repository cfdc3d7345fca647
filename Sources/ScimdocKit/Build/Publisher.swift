import Foundation

/// The `index.json` of a build: pages, their outputs and the findings.
struct BuildIndex: Codable {
  struct PageEntry: Codable {
    var path: String
    var title: String?
    var pageID: String?
    var provider: String?
    var requirements: Int
    var outputs: [String]
  }

  struct FindingCounts: Codable {
    var errors: Int
    var warnings: Int
    var notes: Int
    var suppressed: Int
  }

  /// 2.0: findings in the report's shape (with `fingerprint`; `notes` only when there are some).
  var formatVersion = "2.0"
  var tool = "scimdoc " + ScimdocVersion.current
  var pages: [PageEntry]
  var summary: FindingCounts
  var findings: [Diagnostic]
  /// Every file this build wrote, so the next build can remove stale ones.
  var files: [String]
}

extension SiteBuilder {
  /// The output folder for a page: its path under the content root, each
  /// component reduced to `[A-Za-z0-9._-]`, never `.` or `..`.
  public static func outputFolder(for path: String, root: String) -> String {
    var rel = path
    let prefix = root.hasSuffix("/") ? root : root + "/"
    if rel.hasPrefix(prefix) { rel = String(rel.dropFirst(prefix.count)) }
    for ext in ContentWalker.pageExtensions where rel.hasSuffix(ext) {
      rel = String(rel.dropLast(ext.count))
    }
    let parts = rel.split(separator: "/").map { part -> String in
      var clean = String(
        part.unicodeScalars.map { s -> Character in
          s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_" || s == ".")
            ? Character(s) : "-"
        })
      while clean.hasPrefix(".") { clean = "_" + clean.dropFirst() }
      return clean.isEmpty ? "_" : clean
    }
    return parts.isEmpty ? "_" : parts.joined(separator: "/")
  }

  /// Writes every artifact and `index.json`; unchanged files are left alone
  /// and files an earlier build wrote but this one did not are removed.
  static func publish(_ entries: [CacheEntry], root: String, report: Report, options: BuildOptions)
    throws(InputError) -> (written: Int, unchanged: Int, files: [String])
  {
    // Two pages whose names differ only in characters a folder name cannot
    // keep ("a b.md", "a-b.md") would overwrite each other: refuse before
    // writing anything.
    let published = entries.sorted { $0.analysis.path < $1.analysis.path }.compactMap { entry in
      entry.artifacts.map { (entry, $0, outputFolder(for: entry.analysis.path, root: root)) }
    }
    var owners: [String: String] = [:]
    for (entry, _, folder) in published {
      if let first = owners[folder] {
        throw InputError(
          path: entry.analysis.path, location: nil,
          message: .custom(
            "this page and '\(first)' would both publish to '\(folder)/' in the output "
              + "folder; rename one of them"),
          lineText: nil)
      }
      owners[folder] = entry.analysis.path
    }
    let writer = AtomicWriter(root: options.outDir)
    writer.removeStaleTemporaries()
    var written = 0
    var unchanged = 0
    var files: [String] = []
    var pages: [BuildIndex.PageEntry] = []
    // Every changed output is staged first; only when all are written in
    // full are they renamed into place, the index last. A build that fails
    // part-way (a full disk, a folder it may not write) leaves the previous
    // site as it was.
    var staged: [AtomicWriter.Staged] = []
    func put(_ text: String, _ name: String) throws(InputError) {
      files.append(name)
      let url = try writer.resolve(name)
      if let old = try? Data(contentsOf: url), old == Data(text.utf8) {
        unchanged += 1
        return
      }
      do {
        staged.append(try writer.stage(Array(text.utf8), to: name))
      } catch {
        for file in staged { file.discard() }
        throw error
      }
      written += 1
    }
    for (entry, artifacts, folder) in published {
      var outputs: [String] = []
      for (name, text) in artifacts.files.sorted(by: { $0.key < $1.key }) {
        try put(text, folder + "/" + name)
        outputs.append(folder + "/" + name)
      }
      pages.append(
        BuildIndex.PageEntry(
          path: entry.analysis.path, title: entry.analysis.title, pageID: entry.analysis.pageID,
          provider: artifacts.provider, requirements: artifacts.requirements, outputs: outputs))
    }
    let sorted = report.sorted()
    let index = BuildIndex(
      pages: pages,
      summary: BuildIndex.FindingCounts(
        errors: report.count(.error), warnings: report.count(.warning), notes: report.count(.note),
        suppressed: report.suppressedCount),
      findings: sorted.findings, files: files.sorted())
    let indexText = index.json.text + "\n"
    let oldIndex = try? writer.resolve("index.json")
    let oldText = oldIndex.flatMap { try? Data(contentsOf: $0) }
    // An unchanged index lists the same files: nothing can be stale.
    let previous = oldText == Data(indexText.utf8) ? nil : readIndex(writer)
    try put(indexText, "index.json")
    for (i, file) in staged.enumerated() {
      do {
        try file.commit()
      } catch {
        for rest in staged[(i + 1)...] { rest.discard() }
        throw error
      }
    }
    for stale in Set(previous ?? []).subtracting(files) {
      // The old index is a file in --out anyone could have edited: remove
      // only what really lies inside the root, never through a symlink.
      let realRoot = writer.root.resolvingSymlinksInPath().path + "/"
      if let url = try? writer.resolve(stale),
        url.deletingLastPathComponent().resolvingSymlinksInPath().path.appending("/")
          .hasPrefix(realRoot)
      {
        try? FileManager.default.removeItem(at: url)
        // A page's folder goes with its last output (rmdir fails on a
        // folder that still holds anything, which is then kept).
        var folder = url.deletingLastPathComponent()
        while folder.path.count > writer.root.path.count, rmdir(folder.path) == 0 {
          folder = folder.deletingLastPathComponent()
        }
      }
    }
    return (written, unchanged, files)
  }

  /// The files the previous build's `index.json` lists (any format version).
  static func readIndex(_ writer: AtomicWriter) -> [String]? {
    struct Listed: Decodable { var files: [String] }
    guard let url = try? writer.resolve("index.json"), let data = try? Data(contentsOf: url) else {
      return nil
    }
    return (try? JSONDecoder().decode(Listed.self, from: data))?.files
  }
}
