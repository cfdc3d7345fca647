import Foundation
import Testing

@testable import ScimdocKit

/// `scimdoc check` on a small site of our own, compared with golden files in
/// `Snapshots/` (re-record with `RECORD_SNAPSHOTS=1 swift test`).
@Suite struct CheckGoldenTests {
  static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/ScimdocKitTests/Check")

  @Test(arguments: [ReportFormat.text, .json, .github])
  func fixtureSite(_ format: ReportFormat) throws {
    // Paths are made relative to the fixtures folder so the golden files are stable.
    let base = Self.folder.appendingPathComponent("Fixtures").path + "/"
    var options = CheckOptions()
    options.threads = 1
    options.profiles = try ProfileSet.load()
    var (report, analyses) = try DocsCheck.run(paths: [base + "site"], options: options)
    func relative(_ path: String) -> String {
      path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
    for i in report.findings.indices {
      let file = report.findings[i].location?.file ?? ""
      report.findings[i].location?.file = relative(file)
      report.findings[i].notes = report.findings[i].notes.map {
        $0.replacingOccurrences(of: base, with: "")
      }
      report.findings[i].message = report.findings[i].message.replacingOccurrences(
        of: base, with: "")
    }
    var context = ReportContext()
    context.sources = Dictionary(
      uniqueKeysWithValues: try analyses.map {
        (relative($0.path), try SourceLoader().load($0.path))
      })
    let text = format.render(report, context: context)
    let snapshot = Self.folder.appendingPathComponent("Snapshots/check-site.\(format.rawValue)")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
      || !FileManager.default.fileExists(atPath: snapshot.path)
    {
      try Data(text.utf8).write(to: snapshot)
      print("recorded snapshot \(snapshot.lastPathComponent)")
    }
    let expected = try String(contentsOf: snapshot, encoding: .utf8)
    #expect(text == expected)
  }

  @Test func fixtureSiteFindsEachPlantedProblem() throws {
    let root = Self.folder.appendingPathComponent("Fixtures/site").path
    var options = CheckOptions()
    options.profiles = try ProfileSet.load()
    let (report, _) = try DocsCheck.run(paths: [root], options: options)
    let rules = Set(report.findings.filter { !$0.suppressed }.map(\.rule))
    for rule in [
      "updated-invalid", "link-anchor-broken", "link-page-missing", "contents-link-broken",
      "contents-missing-heading", "page-id-duplicate", "contextual-link-url-missing",
      "insecure-endpoint", "unmapped-setting",
    ] {
      #expect(rules.contains(rule), "missing \(rule): \(rules.sorted())")
    }
    #expect(report.suppressedCount == 1)
  }

  /// `check` builds its report by consuming the pages' analyses (to keep a
  /// large site's findings once in memory): the same report as `run` gives.
  @Test func consumingReportEqualsTheCopyingOne() throws {
    let root = Self.folder.appendingPathComponent("Fixtures/site").path
    var options = CheckOptions()
    options.profiles = try ProfileSet.load()
    for threads in [1, 2] {
      options.threads = threads
      let (copied, analyses) = try DocsCheck.run(paths: [root], options: options)
      let consumed = try DocsCheck.report(paths: [root], options: options)
      #expect(!consumed.findings.isEmpty)
      #expect(consumed.findings == copied.findings)
      #expect(consumed.suppressedCount == copied.suppressedCount)
      #expect(consumed.filesChecked == analyses.count)
      // The analyses `run` returns still hold their findings.
      #expect(analyses.reduce(0) { $0 + $1.findings.count } > 0)
    }
  }
}
