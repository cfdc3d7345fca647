import Foundation
import Testing

@testable import ScimdocKit

@Suite struct SiteBuilderTests {
  /// A renderer standing in for manifests: one file per page with its title.
  static let renderer: SiteBuilder.Renderer = { page, _ in
    PageArtifacts(
      files: ["manifest.json": "{\"title\": \"\(page.frontMatter?.title ?? "")\"}\n"],
      provider: "generic", requirements: 1)
  }

  static let pages = [
    "a.md": "---\ntitle: \"Alpha\"\npage_id: \"alpha\"\n---\n\n## Setup\n\nText.\n",
    "sub/b.md": "---\ntitle: \"Beta\"\n---\n\nSee [alpha](/docs/a/#setup).\n",
  ]

  static func options(out: String, cache: String?) -> BuildOptions {
    var options = BuildOptions()
    options.outDir = out
    options.cacheDir = cache
    return options
  }

  static func snapshot(_ folder: String) throws -> [String: Data] {
    var out: [String: Data] = [:]
    let root = URL(fileURLWithPath: folder)
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return out }
    for case let path as String in walker {
      var isDir: ObjCBool = false
      let url = root.appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
        out[path] = try Data(contentsOf: url)
      }
    }
    return out
  }

  @Test func buildIsDeterministicAndWritesOnlyInsideOut() throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    let out1 = root + ".out1"
    let out2 = root + ".out2"
    let r1 = try SiteBuilder.build(
      paths: [root + "/"], options: Self.options(out: out1, cache: nil), renderer: Self.renderer)
    _ = try SiteBuilder.build(
      paths: [root + "/"], options: Self.options(out: out2, cache: nil), renderer: Self.renderer)
    let s1 = try Self.snapshot(out1)
    #expect(s1 == (try Self.snapshot(out2)))
    #expect(s1.keys.sorted() == ["a/manifest.json", "index.json", "sub/b/manifest.json"])
    #expect(r1.filesWritten == 3)
    #expect(!s1.keys.contains { $0.contains(".tmp") })
    // A second build into the same folder changes nothing.
    let again = try SiteBuilder.build(
      paths: [root + "/"], options: Self.options(out: out1, cache: nil), renderer: Self.renderer)
    #expect(again.filesWritten == 0)
    #expect(again.filesUnchanged == 3)
  }

  @Test func cacheServesUnchangedPagesAndNoticesEdits() throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    let options = Self.options(out: root + ".out", cache: root + "/.cache")
    let cold = try SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
    #expect(cold.cacheHits == 0)
    let warm = try SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
    #expect(warm.cacheHits == 2)
    try Data("---\ntitle: \"Alpha 2\"\n---\n\n## Setup\n".utf8).write(
      to: URL(fileURLWithPath: root + "/a.md"))
    let edited = try SiteBuilder.build(
      paths: [root + "/"], options: options, renderer: Self.renderer)
    #expect(edited.cacheHits == 1)
    let manifest = try String(contentsOfFile: root + ".out/a/manifest.json", encoding: .utf8)
    #expect(manifest.contains("Alpha 2"))
  }

  /// Issue 15: the cache was keyed by the page bytes alone, so identical
  /// pages and renamed pages were served another page's analysis (its path).
  @Test func identicalAndRenamedPagesAreNeverServedAnotherPagesEntry() throws {
    let page = "---\ntitle: \"Same\"\n---\n\n## Setup\n\nText.\n"
    let root = try makeTree(["a.md": page, "copy.md": page, "sub/b.md": page])
    defer { removeTreeAndOutputs(root) }
    func build(cache: Bool) throws -> [String: Data] {
      let out = root + (cache ? ".out1" : ".out2")
      try? FileManager.default.removeItem(atPath: out)
      _ = try SiteBuilder.build(
        paths: [root + "/"], options: Self.options(out: out, cache: cache ? root + ".out" : nil),
        renderer: Self.renderer)
      return try Self.snapshot(out)
    }
    _ = try build(cache: true)
    let warm = try build(cache: true)
    #expect(warm == (try build(cache: false)))
    #expect(
      warm.keys.sorted() == [
        "a/manifest.json", "copy/manifest.json", "index.json", "sub/b/manifest.json",
      ])
    try FileManager.default.moveItem(atPath: root + "/a.md", toPath: root + "/renamed.md")
    let renamed = try build(cache: true)
    #expect(renamed == (try build(cache: false)))
    #expect(renamed.keys.contains("renamed/manifest.json"))
    #expect(!renamed.keys.contains("a/manifest.json"))
  }

  @Test func pagesThatWouldShareAnOutputFolderAreRefusedBeforeAnythingIsWritten() throws {
    let root = try makeTree([
      "a b.md": "---\ntitle: \"Spaced\"\n---\n\nText.\n",
      "a-b.md": "---\ntitle: \"Dashed\"\n---\n\nText.\n",
    ])
    defer { removeTreeAndOutputs(root) }
    let out = root + ".out"
    #expect {
      _ = try SiteBuilder.build(
        paths: [root + "/"], options: Self.options(out: out, cache: nil), renderer: Self.renderer)
    } throws: { error in
      let message = (error as? InputError)?.rendered ?? ""
      return message.contains("a-b/") && message.contains("a b.md") && message.contains("rename")
    }
    #expect(try Self.snapshot(out).isEmpty)
  }

  @Test(arguments: ["/public", "", "/sub/deeper"])
  func anOutputFolderInsideTheContentIsRefused(_ inside: String) throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    #expect(throws: InputError.self) {
      _ = try SiteBuilder.build(
        paths: [root], options: Self.options(out: root + inside, cache: nil),
        renderer: Self.renderer)
    }
    #expect(!FileManager.default.fileExists(atPath: root + "/public"))
    // Beside the content is fine.
    _ = try SiteBuilder.build(
      paths: [root], options: Self.options(out: root + ".out", cache: nil), renderer: Self.renderer)
    #expect(FileManager.default.fileExists(atPath: root + ".out/index.json"))
  }

  /// `-o /dev/null` as root renamed a regular file over the device.
  @Test func writingToADeviceWritesInPlaceAndAReplacedFileKeepsItsMode() throws {
    try AtomicWriter.write("{}\n", to: "/dev/null")
    var info = stat()
    #expect(stat("/dev/null", &info) == 0)
    #expect(info.st_mode & S_IFMT == S_IFCHR)
    let root = try makeTree(["private.json": "old\n"])
    defer { removeTreeAndOutputs(root) }
    let file = root + "/private.json"
    #expect(chmod(file, 0o600) == 0)
    try AtomicWriter.write("new\n", to: file)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "new\n")
    #expect(stat(file, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(throws: InputError.self) { try AtomicWriter.write("x", to: root) }
  }

  /// Issue 15: a build that failed part-way left new manifests beside the old index.
  @Test func aBuildThatFailsPartWayLeavesThePreviousSiteIntact() throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    let out = root + ".out"
    let options = Self.options(out: out, cache: nil)
    _ = try SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
    let before = try Self.snapshot(out)
    // An edited page, and a new page whose output folder cannot be made (a
    // file stands where the folder goes; root may write anywhere else).
    try Data("---\ntitle: \"Alpha 2\"\n---\n".utf8).write(to: URL(fileURLWithPath: root + "/a.md"))
    try FileManager.default.createDirectory(
      atPath: root + "/zz", withIntermediateDirectories: true)
    try Data("---\ntitle: \"New\"\n---\n".utf8).write(
      to: URL(fileURLWithPath: root + "/zz/new.md"))
    try Data("in the way".utf8).write(to: URL(fileURLWithPath: out + "/zz"))
    #expect(throws: InputError.self) {
      _ = try SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
    }
    var after = try Self.snapshot(out)
    after["zz"] = nil
    #expect(after == before, "the previous site changed or temporaries were left")
  }

  /// Issue 15: two builds into one --out interleaved their files.
  @Test func aSecondBuildIntoTheSameOutputWaitsForTheFirst() throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    let out = root + ".out"
    let held = try BuildLock(folders: [out])
    let finished = DispatchSemaphore(value: 0)
    let options = Self.options(out: out, cache: nil)
    DispatchQueue.global().async {
      _ = try? SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
      finished.signal()
    }
    #expect(finished.wait(timeout: .now() + 0.5) == .timedOut, "the build did not wait")
    #expect(!FileManager.default.fileExists(atPath: out + "/index.json"))
    held.release()
    #expect(finished.wait(timeout: .now() + 60) == .success)
    #expect(FileManager.default.fileExists(atPath: out + "/index.json"))
  }

  /// Issue 15: symbolic links out of the content tree were followed and published.
  @Test func linksOutOfTheContentAreReportedAndNotPublished() throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    let outside = root + ".out1"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try Data("---\ntitle: \"Private\"\n---\n\nNot for the site.\n".utf8).write(
      to: URL(fileURLWithPath: outside + "/private.md"))
    try FileManager.default.createSymbolicLink(
      atPath: root + "/linked.md", withDestinationPath: outside + "/private.md")
    try FileManager.default.createSymbolicLink(
      atPath: root + "/folder", withDestinationPath: outside)
    try FileManager.default.createSymbolicLink(
      atPath: root + "/alias.md", withDestinationPath: root + "/a.md")
    let out = root + ".out"
    let result = try SiteBuilder.build(
      paths: [root], options: Self.options(out: out, cache: nil), renderer: Self.renderer)
    let skipped = result.report.findings.filter { $0.rule == "path-skipped" }
    #expect(
      skipped.compactMap(\.location?.file).sorted() == [root + "/folder", root + "/linked.md"])
    #expect(skipped.allSatisfy { $0.severity == .warning })
    let published = try Self.snapshot(out)
    #expect(!published.values.contains { String(decoding: $0, as: UTF8.self).contains("Private") })
    #expect(published.keys.contains("alias/manifest.json"), "a link inside the content is followed")
  }

  /// Issue 15: links with `?access_token=` landed in the cache.
  @Test func aLinkWithACredentialParameterNeverReachesTheCache() throws {
    let token = "tok9f8e7d6c5b4a3921"
    let root = try makeTree([
      "a.md":
        "---\ntitle: \"A\"\n---\n\nSee [help](https://acme.example/help?access_token=\(token)).\n",
      "b.md": "---\ntitle: \"B\"\n---\n\nPlain.\n",
    ])
    defer { removeTreeAndOutputs(root) }
    let cache = root + ".out1"
    _ = try SiteBuilder.build(
      paths: [root], options: Self.options(out: root + ".out", cache: cache),
      renderer: Self.renderer)
    let files = try Self.snapshot(cache)
    #expect(!files.isEmpty)
    for (name, data) in files {
      let text = String(decoding: data, as: UTF8.self)
      let decoded = text.split(separator: "\"").compactMap { Data(base64Encoded: String($0)) }
      #expect(!text.contains(token), "\(name) holds the token")
      #expect(!decoded.contains { String(decoding: $0, as: UTF8.self).contains(token) }, "\(name)")
    }
  }

  /// Issue 14: `.mdx` pages were not read; `.gitignore` and `node_modules` were.
  @Test func theWalkerTakesMdxAndHonoursGitignore() throws {
    let page = "---\ntitle: \"P\"\n---\n\nText.\n"
    let root = try makeTree([
      "a.md": page, "b.mdx": page, "c.markdown": page,
      "node_modules/pkg/readme.md": page,
      ".gitignore": "# drafts stay local\n/drafts/\n*.tmp.md\ngenerated\n!keep.md\n",
      "drafts/wip.md": page, "sub/drafts/kept.md": page, "x.tmp.md": page,
      "sub/generated/out.md": page, "sub/.gitignore": "local.md\n", "sub/local.md": page,
      "other/local.md": page,
    ])
    defer { removeTreeAndOutputs(root) }
    let pages = try ContentWalker().pages(in: [root]).map { String($0.dropFirst(root.count + 1)) }
    #expect(pages == ["a.md", "b.mdx", "c.markdown", "other/local.md", "sub/drafts/kept.md"])
    #expect(SiteBuilder.outputFolder(for: root + "/b.mdx", root: root) == "b")
  }

  @Test func corruptCacheEntriesAreRebuilt() throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    let options = Self.options(out: root + ".out", cache: root + "/.cache")
    _ = try SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
    for name in try FileManager.default.contentsOfDirectory(atPath: root + "/.cache") {
      try Data("{not json".utf8).write(to: URL(fileURLWithPath: root + "/.cache/" + name))
    }
    let rebuilt = try SiteBuilder.build(
      paths: [root + "/"], options: options, renderer: Self.renderer)
    #expect(rebuilt.cacheHits == 0)
    #expect(rebuilt.report.findings.isEmpty)
  }

  @Test func stalePageOutputsAreRemoved() throws {
    let root = try makeTree(Self.pages)
    defer { removeTreeAndOutputs(root) }
    let options = Self.options(out: root + ".out", cache: nil)
    _ = try SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
    try FileManager.default.removeItem(atPath: root + "/sub/b.md")
    _ = try SiteBuilder.build(paths: [root + "/"], options: options, renderer: Self.renderer)
    #expect(!FileManager.default.fileExists(atPath: root + ".out/sub/b/manifest.json"))
    #expect(!FileManager.default.fileExists(atPath: root + ".out/sub"), "its empty folders stay")
  }

  @Test(arguments: ["../escape", "/etc/passwd", "a/../../b", "./x", ""])
  func writerRefusesPathsOutsideTheRoot(_ path: String) throws {
    let root = try makeTree([:])
    defer { removeTreeAndOutputs(root) }
    #expect(throws: InputError.self) { try AtomicWriter(root: root).write("x", to: path) }
  }

  @Test func writerRefusesSymlinkedFolders() throws {
    let root = try makeTree(["keep.txt": "x"])
    let outside = try makeTree([:])
    defer {
      try? FileManager.default.removeItem(atPath: root)
      try? FileManager.default.removeItem(atPath: outside)
    }
    try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: outside)
    #expect(throws: InputError.self) { try AtomicWriter(root: root).write("x", to: "link/f.txt") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
  }

  @Test(arguments: [
    ("content/a b/ü.md", "content", "a-b/-"), ("content/../x.md", "content", "_./x"),
    ("content/.hidden.md", "content", "_hidden"),
  ])
  func outputFoldersAreSanitised(_ path: String, _ root: String, _ expected: String) {
    let folder = SiteBuilder.outputFolder(for: path, root: root)
    #expect(!folder.split(separator: "/").contains(".."))
    #expect(!folder.hasPrefix("/"))
    #expect(folder == expected)
  }

  @Test func baselineHidesKnownFindingsByFingerprint() throws {
    let root = try makeTree(["a.md": "---\ntitle: \"A\"\n---\n\nSee [x](#nowhere).\n"])
    defer { removeTreeAndOutputs(root) }
    let (report, _) = try DocsCheck.run(paths: [root], options: CheckOptions())
    #expect(report.findings.count == 1)
    let baseline = root + "/baseline.json"
    try Data(ReportFormat.json.render(report, context: ReportContext()).utf8).write(
      to: URL(fileURLWithPath: baseline))
    // Move the finding down two lines: the fingerprint still matches.
    try Data("---\ntitle: \"A\"\n---\n\n\n\nSee [x](#nowhere).\n".utf8).write(
      to: URL(fileURLWithPath: root + "/a.md"))
    var options = Self.options(out: root + ".out", cache: nil)
    options.baseline = baseline
    let result = try SiteBuilder.build(paths: [root + "/a.md"], options: options, renderer: nil)
    #expect(result.report.findings.isEmpty)
  }

  @Test func symlinkLoopsInTheContentTreeEnd() throws {
    let root = try makeTree(["a.md": "---\ntitle: \"A\"\n---\n"])
    defer { removeTreeAndOutputs(root) }
    try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: root)
    let pages = try ContentWalker().pages(in: [root])
    #expect(pages.count == 1)
  }
}

/// Removes a test tree and the output folders beside it (`ROOT.out*`): a
/// build refuses an output folder inside its content.
func removeTreeAndOutputs(_ root: String) {
  try? FileManager.default.removeItem(atPath: root)
  for suffix in [".out", ".out1", ".out2"] {
    try? FileManager.default.removeItem(atPath: root + suffix)
  }
}
