import Foundation

/// Path arguments that are globs (`'content/**/*.md'`), expanded by scimdoc
/// itself as markdownlint-cli2 and Spectral do, so a quoted pattern works the
/// same in every shell and in CI.
extension Glob {
  /// True when `argument` is a pattern to expand: it holds `*`, `?` or `[`
  /// and names no existing file (a file named `a[1].md` is that file).
  public static func isPattern(_ argument: String) -> Bool {
    argument.contains { $0 == "*" || $0 == "?" || $0 == "[" }
      && !FileManager.default.fileExists(atPath: argument)
  }

  /// The arguments with every pattern replaced by the pages it matches.
  ///
  /// - Throws: ``InputError`` naming a pattern that matches no page.
  public static func expand(_ arguments: [String], walker: ContentWalker) throws(InputError)
    -> [String]
  {
    var out: [String] = []
    for argument in arguments {
      if isPattern(argument) {
        out += try expand(argument, walker: walker)
      } else {
        out.append(argument)
      }
    }
    return out
  }

  /// The pages `pattern` matches, sorted: `*` and `?` within one path
  /// component, `**` any number of components, `[...]` one of a set, as
  /// fnmatch reads them. The pages are those a walk of the pattern's fixed
  /// folder finds (`.gitignore`, dot-folders, `node_modules` and the
  /// project's ignore globs honoured).
  ///
  /// - Throws: ``InputError`` when the pattern matches no page.
  public static func expand(_ pattern: String, walker: ContentWalker) throws(InputError)
    -> [String]
  {
    let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
    let fixed = parts.prefix { !$0.contains { $0 == "*" || $0 == "?" || $0 == "[" } }
    var base = fixed.joined(separator: "/")
    let absolute = pattern.hasPrefix("/")
    if absolute && base.isEmpty { base = "/" }
    let relativeToHere = base.isEmpty
    if relativeToHere { base = "." }
    let regex = try? NSRegularExpression(
      pattern: "^" + (absolute ? "/" : "") + regexBody(pattern) + "$")
    var isDir: ObjCBool = false
    var found: [String] = []
    if let regex, FileManager.default.fileExists(atPath: base, isDirectory: &isDir),
      isDir.boolValue
    {
      for page in try walker.walk([base]).pages {
        // A walk of `.` gives `./a.md`; the pattern `*.md` names `a.md`.
        let path = relativeToHere && page.hasPrefix("./") ? String(page.dropFirst(2)) : page
        if matches(regex, path) { found.append(path) }
      }
    }
    guard !found.isEmpty else {
      throw InputError(
        path: pattern, location: nil,
        message: .custom(
          "no page matches this glob (pages end in .md, .markdown or .mdx; quote the "
            + "pattern so the shell leaves it to scimdoc)"),
        lineText: nil)
    }
    return found
  }
}
