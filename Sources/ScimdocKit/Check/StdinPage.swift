import Foundation

/// A page read from standard input (`scimdoc check -`), checked as the file
/// its `--stdin-filename` names (or as `-` when it is not named).
public struct StdinPage: Sendable, Equatable {
  /// The path findings carry: the name given, or `-`.
  public var path: String
  /// The page's bytes, as read.
  public var bytes: [UInt8]

  /// The name findings carry when none is given (as ruff and ESLint show it).
  public static let unnamed = "-"

  public init(path: String?, bytes: [UInt8]) {
    self.path = path ?? Self.unnamed
    self.bytes = bytes
  }

  /// Reads standard input to its end, at most `loader.maxFileSize` bytes.
  ///
  /// - Throws: ``InputError`` naming `path` when the input is larger than the limit.
  public static func read(named path: String?, loader: SourceLoader) throws(InputError)
    -> StdinPage
  {
    let name = path ?? unnamed
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while bytes.count <= loader.maxFileSize {
      let got = chunk.withUnsafeMutableBytes {
        Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count)
      }
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { break }
      bytes += chunk[0..<got]
    }
    guard bytes.count <= loader.maxFileSize else {
      throw InputError(
        path: name, location: nil,
        message: .tooLarge(size: bytes.count, limit: loader.maxFileSize), lineText: nil)
    }
    return StdinPage(path: path, bytes: bytes)
  }
}

extension DocsCheck {
  /// The findings of a page read from stdin: exactly those a check of the
  /// file it is named after would give, with its bytes standing in for the
  /// file's (which need not exist). A page named inside the site (or not
  /// named at all) is checked as part of the site, so its links to other
  /// pages resolve; a page named outside any site is checked alone.
  static func report(
    stdin page: StdinPage, options given: CheckOptions,
    loadProfiles: (@Sendable () throws(InputError) -> ProfileSet?)?
  ) throws(InputError) -> Report {
    var options = given
    options.loader.substitutes[page.path] = page.bytes
    let root = options.project.contentRoot ?? "content"
    let named = absolute(page.path)
    var isDir: ObjCBool = false
    let inSite =
      FileManager.default.fileExists(atPath: root, isDirectory: &isDir) && isDir.boolValue
      && (page.path == StdinPage.unnamed
        || (ContentWalker.isPage(page.path) && named.hasPrefix(absolute(root) + "/")))
    let paths = inSite ? [root] : [page.path]
    var walked: (pages: [String], skipped: [Diagnostic]) = ([page.path], [])
    if inSite {
      // The file on disk (if any) is replaced by the page from stdin.
      let site = try walk([root], options: options)
      walked.pages = (site.pages.filter { absolute($0) != named } + [page.path]).sorted()
    }
    var (analyses, contentRoot, _) = try analyzeAll(
      paths: paths, options: options, loadProfiles: loadProfiles, analyze: nil, walked: walked)
    var report = combine(draining: &analyses, root: contentRoot, options: options)
    report.findings = report.findings.filter { $0.location?.file == page.path }
    report.suppressedCount = report.findings.filter(\.suppressed).count
    report.filesChecked = 1
    return report
  }
}
