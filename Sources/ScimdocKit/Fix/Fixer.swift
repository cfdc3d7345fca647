import Foundation

/// `--fix`: applies the certain edits of a check's findings to the pages,
/// then checks again, until nothing more is fixed (at most ``maxPasses``
/// passes, as ESLint does).
///
/// A page is written only when its bytes change, atomically, keeping its
/// mode. A page that is not a regular file, not UTF-8, or whose front
/// matter cannot be read is never touched, nor one whose fixed text would
/// no longer read. Only the edits of findings the check reports (not
/// suppressed, not turned off) are applied, and only those the page, read
/// again just before the write, still yields.
public enum Fixer {
  /// The most check-and-fix passes one run makes.
  public static let maxPasses = 10

  /// What a fixing run did.
  public struct Outcome: Sendable {
    /// The report of the last check: the findings that remain, with
    /// ``Report/fixedCount`` set.
    public var report: Report
    /// The pages written, in the order first written.
    public var filesChanged: [String] = []
    /// Pages that had fixes but were left alone, with why.
    public var refused: [(path: String, reason: String)] = []
  }

  /// Runs `check`, fixes what its findings' edits fix, and checks again.
  public static func run(
    options: CheckOptions, check: () throws(InputError) -> Report
  ) throws(InputError) -> Outcome {
    var report = try check()
    var fixed = 0
    var changed: [String] = []
    var refused: [(path: String, reason: String)] = []
    for _ in 0..<maxPasses {
      let byFile = Dictionary(
        grouping: report.sorted().findings.filter {
          !$0.suppressed && !$0.edits.isEmpty && $0.location != nil
        },
        by: { $0.location?.file ?? "" })
      var passFixed = 0
      for (path, findings) in byFile.sorted(by: { $0.key < $1.key })
      where !refused.contains(where: { $0.path == path }) {
        switch fixFile(path, findings: findings, options: options) {
        case .fixed(let n):
          passFixed += n
          if !changed.contains(path) { changed.append(path) }
        case .refused(let reason): refused.append((path, reason))
        case .unchanged: break
        }
      }
      guard passFixed > 0 else { break }
      fixed += passFixed
      report = try check()
    }
    report.fixedCount = fixed
    return Outcome(report: report, filesChanged: changed, refused: refused)
  }

  enum FileResult: Equatable {
    case fixed(Int)
    case unchanged
    case refused(String)
  }

  /// Applies to the page at `path` the edits of `findings` that a fresh
  /// analysis of its current bytes also yields.
  static func fixFile(_ path: String, findings: [Diagnostic], options: CheckOptions) -> FileResult {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      return .refused("not a regular file")
    }
    guard let bytes = try? options.loader.readBytes(path), !bytes.contains(0) else {
      return .refused("it cannot be read as text")
    }
    guard let file = try? SourceFile(path: path, bytes: bytes) else {
      return .refused("it is not UTF-8")
    }
    guard (try? PageParser.parse(file)) != nil else {
      return .refused("its front matter cannot be read")
    }
    let fresh = Set(PageAnalyzer.analyze(file, project: options.project).findings.map(\.edits))
    var groups: [[FixEdit]] = []
    var seen = Set<[FixEdit]>()
    for finding in findings
    where fresh.contains(finding.edits) && seen.insert(finding.edits).inserted {
      groups.append(finding.edits)
    }
    let (fixedBytes, applied) = EditApplier.apply(groups, to: bytes)
    guard !applied.isEmpty, fixedBytes != bytes else { return .unchanged }
    guard let fixedFile = try? SourceFile(path: path, bytes: fixedBytes),
      (try? PageParser.parse(fixedFile)) != nil
    else { return .refused("the fixed page would not read") }
    do {
      try AtomicWriter.write(String(decoding: fixedBytes, as: UTF8.self), to: path)
    } catch {
      return .refused(error.message.text)
    }
    return .fixed(applied.count)
  }
}
