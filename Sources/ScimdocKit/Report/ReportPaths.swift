import Foundation

/// Makes the paths of a report relative to one folder (`--root DIR`), so a
/// run from anywhere names files as the repository does (GitHub annotations
/// and code scanning map repository-relative paths).
public struct PathRelativizer: Sendable {
  /// The folder, absolute and standardised, without a trailing `/`.
  public let root: String
  private let cwd: String

  public init(root: String) {
    cwd = FileManager.default.currentDirectoryPath
    self.root = Self.absolute(root, cwd: cwd)
  }

  /// `path` relative to the root when it is inside it; absolute otherwise
  /// (as ruff shows a file outside its project). `-` (stdin) stays `-`.
  public func callAsFunction(_ path: String) -> String {
    guard path != StdinPage.unnamed, !path.isEmpty else { return path }
    let full = Self.absolute(path, cwd: cwd)
    if full == root { return "." }
    let prefix = root == "/" ? "/" : root + "/"
    return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
  }

  static func absolute(_ path: String, cwd: String) -> String {
    let joined = path.hasPrefix("/") ? path : cwd + "/" + path
    return URL(fileURLWithPath: joined).standardizedFileURL.path
  }
}

extension Report {
  /// The report with every finding's file, and the file of the sentence that
  /// requires it, passed through `relative`.
  public func relativized(_ relative: PathRelativizer) -> Report {
    var copy = self
    for i in copy.findings.indices {
      if let file = copy.findings[i].location?.file {
        copy.findings[i].location?.file = relative(file)
      }
      if let file = copy.findings[i].requiredBy?.location.file {
        copy.findings[i].requiredBy?.location.file = relative(file)
      }
    }
    for i in copy.checks.indices {
      if let file = copy.checks[i].requiredBy?.location.file {
        copy.checks[i].requiredBy?.location.file = relative(file)
      }
    }
    return copy
  }
}

extension ReportContext {
  /// The context with its quoted sources keyed by the relativized paths.
  public func relativized(_ relative: PathRelativizer) -> ReportContext {
    var copy = self
    copy.sources = Dictionary(
      sources.map { (relative($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
    return copy
  }
}
