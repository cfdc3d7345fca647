import Foundation
import Testing

@testable import ScimdocKit

/// A rerun over a site where nothing changed is answered from the build
/// record; anything that could change the outcome makes it a full build.
@Suite struct BuildRecordTests {
  static let pages = [
    "site/setup.md": """
    ---
    title: "Provisioning Widgetly from Okta"
    page_id: "widgetly-okta"
    ---

    ## Configure provisioning

    1. In Okta, open the Widgetly app and select **Provisioning**.
    2. Set **SCIM connector base URL** to `https://api.widgetly.example/scim/v2/`.
    3. Select **Save**.

    See [the other page](/docs/guide/#missing-anchor).
    """,
    "site/guide.md": "---\ntitle: \"Guide\"\n---\n\n## Start\n\nText.\n",
  ]

  /// A content tree (`site/`, with the output and cache beside it) whose
  /// pages were last changed an hour ago (a page
  /// changed within the last seconds is never trusted by its stamp).
  static func settledTree() throws -> String {
    let root = try makeTree(pages)
    for name in pages.keys { try age(root + "/" + name) }
    return root
  }

  static func age(_ path: String) throws {
    let past = Date().addingTimeInterval(-3600)
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
  }

  static func options(_ root: String) throws -> BuildOptions {
    var options = BuildOptions()
    options.outDir = root + ".out"
    options.cacheDir = root + "/.cache"
    options.check.profiles = try ProfileSet.load()
    return options
  }

  static func json(_ report: Report) -> String {
    ReportFormat.json.render(report, context: ReportContext())
  }

  @Test func unchangedSiteIsReplayedWithTheSameReport() throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    let options = try Self.options(root)
    let cold = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!cold.upToDate)
    #expect(cold.setupPages == 1)
    #expect(!cold.report.findings.isEmpty)
    #expect(FileManager.default.fileExists(atPath: root + "/.cache/" + BuildRecord.fileName))
    let outputs = try SiteBuilderTests.snapshot(root + ".out")
    let warm = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(warm.upToDate)
    #expect(warm.pages == 2 && warm.setupPages == 1 && warm.filesWritten == 0)
    #expect(warm.filesUnchanged == outputs.count)
    #expect(Self.json(warm.report) == Self.json(cold.report))
    #expect(try SiteBuilderTests.snapshot(root + ".out") == outputs)
  }

  @Test func profilesAreLoadedOnlyForAFullBuild() throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    var options = try Self.options(root)
    options.check.profiles = nil
    var loads = 0
    func build() throws -> BuildResult {
      try SiteBuilder.build(paths: [root + "/site"], options: options) {
        () throws(InputError) in
        loads += 1
        return try ProfileSet.load()
      }
    }
    let cold = try build()
    #expect(loads == 1)
    #expect(cold.setupPages == 1)
    let warm = try build()
    #expect(warm.upToDate)
    #expect(loads == 1)
  }

  /// Issue 15: a same-size edit with its modification time put back went
  /// unnoticed; the change time and inode are compared too, as git does.
  @Test func aSameSizeEditWithItsTimeRestoredIsNoticed() throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    let options = try Self.options(root)
    _ = try SiteBuilder.build(paths: [root + "/site"], options: options)
    let page = root + "/site/guide.md"
    let time = try #require(
      try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as? Date)
    try Data("---\ntitle: \"Guide\"\n---\n\n## Begin\n\nText.\n".utf8).write(
      to: URL(fileURLWithPath: page))
    try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: page)
    let again = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!again.upToDate)
    #expect(again.cacheHits == 1, "the edited page was served from its old stamp")
  }

  @Test func editedPageMakesAFullBuild() throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    let options = try Self.options(root)
    _ = try SiteBuilder.build(paths: [root + "/site"], options: options)
    let page = root + "/site/guide.md"
    try Data("---\ntitle: \"Guide\"\n---\n\n## Missing anchor\n".utf8).write(
      to: URL(fileURLWithPath: page))
    try Self.age(page)
    let edited = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!edited.upToDate)
    #expect(!edited.report.findings.contains { $0.rule == "link-anchor-broken" })
    // The full build wrote a new record: the next run is up to date again.
    #expect(try SiteBuilder.build(paths: [root + "/site"], options: options).upToDate)
  }

  @Test func addedOrRemovedPageMakesAFullBuild() throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    let options = try Self.options(root)
    _ = try SiteBuilder.build(paths: [root + "/site"], options: options)
    try Data("---\ntitle: \"New\"\n---\n".utf8).write(
      to: URL(fileURLWithPath: root + "/site/new.md"))
    try Self.age(root + "/site/new.md")
    let added = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!added.upToDate)
    #expect(added.pages == 3)
    try FileManager.default.removeItem(atPath: root + "/site/new.md")
    let removed = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!removed.upToDate)
    #expect(removed.pages == 2)
  }

  @Test(arguments: ["edit", "delete", "replace"])
  func touchedOutputIsRepublished(_ how: String) throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    let options = try Self.options(root)
    _ = try SiteBuilder.build(paths: [root + "/site"], options: options)
    let index = root + ".out/index.json"
    let original = try Data(contentsOf: URL(fileURLWithPath: index))
    switch how {
    case "edit":
      let handle = try #require(FileHandle(forWritingAtPath: index))
      try handle.write(contentsOf: Data("{".utf8))
      try handle.close()
    case "delete": try FileManager.default.removeItem(atPath: index)
    default:
      try FileManager.default.removeItem(atPath: index)
      try original.write(to: URL(fileURLWithPath: index))
    }
    let rerun = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!rerun.upToDate)
    #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == original)
  }

  @Test func changedSettingsMakeAFullBuild() throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    var options = try Self.options(root)
    let first = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(first.report.findings.contains { $0.rule == "link-anchor-broken" })
    options.check.project.ruleSeverity["link-anchor-broken"] = .some(nil)
    let quieter = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!quieter.upToDate)
    #expect(!quieter.report.findings.contains { $0.rule == "link-anchor-broken" })
    // A baseline, and then an edit to it, each change the outcome.
    options.check.project.ruleSeverity = [:]
    let baseline = root + "/baseline.json"
    try Data(Self.json(first.report).utf8).write(to: URL(fileURLWithPath: baseline))
    options.baseline = baseline
    let adopted = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!adopted.upToDate)
    #expect(adopted.report.findings.isEmpty)
    #expect(try SiteBuilder.build(paths: [root + "/site"], options: options).upToDate)
    try Data("{\"findings\": []}".utf8).write(to: URL(fileURLWithPath: baseline))
    let emptied = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!emptied.upToDate)
    #expect(!emptied.report.findings.isEmpty)
  }

  @Test func recentlyChangedPagesAreNeverTrustedByStamp() throws {
    let root = try makeTree(Self.pages)  // written just now
    defer { removeTreeAndOutputs(root) }
    let options = try Self.options(root)
    _ = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!FileManager.default.fileExists(atPath: root + "/.cache/" + BuildRecord.fileName))
    #expect(try !SiteBuilder.build(paths: [root + "/site"], options: options).upToDate)
  }

  @Test func damagedRecordIsIgnored() throws {
    let root = try Self.settledTree()
    defer { removeTreeAndOutputs(root) }
    let options = try Self.options(root)
    let cold = try SiteBuilder.build(paths: [root + "/site"], options: options)
    let record = root + "/.cache/" + BuildRecord.fileName
    var bytes = try Data(contentsOf: URL(fileURLWithPath: record))
    bytes = bytes.prefix(bytes.count / 2)
    try bytes.write(to: URL(fileURLWithPath: record))
    let rerun = try SiteBuilder.build(paths: [root + "/site"], options: options)
    #expect(!rerun.upToDate)
    #expect(Self.json(rerun.report) == Self.json(cold.report))
  }
}
