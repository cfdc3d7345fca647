import Foundation

/// Finds the Markdown pages under the given paths, sorted, without following
/// a symbolic link into a folder twice (symlink loops end).
public struct ContentWalker: Sendable {
  /// Path globs to skip (`*` matches within one component, `**` any depth).
  public var ignored: [String]

  public init(ignored: [String] = []) {
    self.ignored = ignored
  }

  /// The file name endings of pages: Markdown and MDX.
  public static let pageExtensions = [".md", ".markdown", ".mdx"]

  /// True when `name` ends like a page.
  public static func isPage(_ name: String) -> Bool {
    pageExtensions.contains { name.hasSuffix($0) }
  }

  /// Folders never walked: installed packages, not pages.
  static let skippedFolders: Set<String> = ["node_modules"]

  /// A path the walk did not take, and why.
  public struct Skipped: Sendable, Equatable {
    public var path: String
    public var reason: String
  }

  /// The `.md` files under `paths` (files are taken as given), sorted by path.
  public func pages(in paths: [String]) throws(InputError) -> [String] {
    try walk(paths).pages
  }

  /// The pages under `paths`, sorted, and what was skipped: folders deeper
  /// than 64 levels, folders that cannot be read, and symbolic links that
  /// lead out of the folder being walked (never followed, never published).
  public func walk(_ paths: [String]) throws(InputError) -> (pages: [String], skipped: [Skipped]) {
    var found: [String] = []
    var skipped: [Skipped] = []
    let globs = ignored.compactMap(Glob.regex)
    for path in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        throw InputError(path: path, location: nil, message: .fileNotFound, lineText: nil)
      }
      if isDir.boolValue {
        var seen = Set<FolderID>()
        var walk = Walk(root: Self.realPath(path) ?? path, globs: globs)
        Self.walk(path, into: &walk, seen: &seen, depth: 0)
        found += walk.found
        skipped += walk.skipped
      } else {
        found.append(path)
      }
    }
    return (found.sorted(), skipped.sorted { $0.path < $1.path })
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// One walk from a root folder.
  private struct Walk {
    let root: String
    let globs: [NSRegularExpression]
    var found: [String] = []
    var skipped: [Skipped] = []
    /// The `.gitignore` patterns of the folders above the one being read.
    var gitignored: [Gitignore.Pattern] = []

    init(root: String, globs: [NSRegularExpression]) {
      self.root = root
      self.globs = globs
    }

    /// True when the link at `path` resolves inside the root.
    func staysInside(_ path: String) -> Bool {
      guard let target = ContentWalker.realPath(path) else { return false }
      return target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
  }

  /// Reads folders with `readdir`, trusting the entry type it reports and
  /// asking `stat` only for links and unknown types (a symbolic link is
  /// followed to what it points at, as `fileExists` would).
  private static func walk(
    _ dir: String, into walk: inout Walk, seen: inout Set<FolderID>, depth: Int
  ) {
    // A folder is known by its device and inode (one `stat`, where
    // `realpath` asked about every component of the path).
    var info = stat()
    guard depth < 64 else {
      walk.skipped.append(
        Skipped(
          path: dir, reason: "the folder is more than 64 levels deep: its pages were not read"))
      return
    }
    guard stat(dir, &info) == 0 else { return }
    guard seen.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
    else { return }
    guard let handle = opendir(dir) else {
      walk.skipped.append(
        Skipped(
          path: dir,
          reason:
            "cannot read the folder (\(String(cString: strerror(errno)))): its pages were not read")
      )
      return
    }
    var entries: [(name: String, isDir: Bool)] = []
    let base = dir.hasSuffix("/") ? dir : dir + "/"
    var hasGitignore = false
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == ".gitignore" { hasGitignore = true }
      if name.hasPrefix(".") { continue }
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_DIR): entries.append((name, true))
      case Int32(DT_REG): entries.append((name, false))
      default:
        var st = stat()
        guard stat(base + name, &st) == 0 else { continue }
        // A link that leads out of the content is not followed: its page
        // (or folder) would be published from outside the site.
        var link = stat()
        if lstat(base + name, &link) == 0, link.st_mode & S_IFMT == S_IFLNK,
          st.st_mode & S_IFMT == S_IFDIR || ContentWalker.isPage(name),
          !walk.staysInside(base + name)
        {
          walk.skipped.append(
            Skipped(
              path: base + name,
              reason: "a symbolic link that leads out of the content folder: not followed"))
          continue
        }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: entries.append((name, true))
        case S_IFREG: entries.append((name, false))
        default: continue
        }
      }
    }
    closedir(handle)
    // A folder's `.gitignore` applies below it, as git (and ruff) read it.
    let gitignored = walk.gitignored
    if hasGitignore { walk.gitignored += Gitignore.patterns(in: base) }
    defer { walk.gitignored = gitignored }
    for (name, isDir) in entries.sorted(by: { $0.name < $1.name }) {
      // Built at its exact size: a large site's paths are kept to the end.
      var path = ""
      path.reserveCapacity(base.utf8.count + name.utf8.count)
      path += base
      path += name
      if walk.globs.contains(where: { Glob.matches($0, path) }) { continue }
      if walk.gitignored.contains(where: {
        (!$0.foldersOnly || isDir) && Glob.matches($0.regex, path)
      }) {
        continue
      }
      if isDir {
        if Self.skippedFolders.contains(name) { continue }
        Self.walk(path, into: &walk, seen: &seen, depth: depth + 1)
      } else if Self.isPage(name) {
        walk.found.append(path)
      }
    }
  }

  /// A folder's identity, so one reached again through a link is not walked twice.
  private struct FolderID: Hashable {
    var device: UInt64
    var inode: UInt64
  }
}

/// Minimal globbing: `**` any run of components, `*` within one, `?` one
/// character, `[...]` one of a set.
public enum Glob {
  /// True when `pattern` matches `path`, or its tail starting at a component.
  public static func matches(_ pattern: String, _ path: String) -> Bool {
    regex(pattern).map { matches($0, path) } ?? false
  }

  /// `pattern` compiled, to match many paths.
  static func regex(_ pattern: String) -> NSRegularExpression? {
    try? NSRegularExpression(pattern: "(^|/)" + regexBody(pattern) + "$")
  }

  static func matches(_ regex: NSRegularExpression, _ path: String) -> Bool {
    regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
  }

  static func regexBody(_ pattern: String) -> String {
    var out = ""
    var chars = Array(pattern)[...]
    if chars.first == "/" { chars = chars.dropFirst() }
    while let c = chars.first {
      chars = chars.dropFirst()
      switch c {
      case "*":
        if chars.first == "*" {
          chars = chars.dropFirst()
          if chars.first == "/" {
            chars = chars.dropFirst()
            out += "(.*/)?"
          } else {
            out += ".*"
          }
        } else {
          out += "[^/]*"
        }
      case "?": out += "[^/]"
      case "[":
        // `[abc]`, `[a-z]`, `[!abc]` as fnmatch reads them; a `[` without
        // its `]` is itself.
        guard let close = chars.dropFirst().firstIndex(of: "]") else {
          out += "\\["
          continue
        }
        var set = chars[chars.startIndex..<close]
        chars = chars[(close + 1)...]
        out += "["
        if set.first == "!" || set.first == "^" {
          out += "^/"
          set = set.dropFirst()
        }
        for m in set { out += "\\[]^".contains(m) ? "\\" + String(m) : String(m) }
        out += "]"
      default: out += NSRegularExpression.escapedPattern(for: String(c))
      }
    }
    return out
  }
}

/// `.gitignore` files, read as git reads the common patterns: `#` comments,
/// `name` at any depth, `/name` or `a/b` from the file's folder, `dir/` for
/// folders only, `*`, `**` and `?`. Negations (`!`) are not applied, so a page
/// they would bring back stays ignored.
enum Gitignore {
  struct Pattern {
    var regex: NSRegularExpression
    var foldersOnly: Bool
  }

  /// The patterns of `folder/.gitignore` (folder ends with `/`).
  static func patterns(in folder: String) -> [Pattern] {
    guard let data = FileManager.default.contents(atPath: folder + ".gitignore") else { return [] }
    return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap {
      line -> Pattern? in
      var p = line.trimmingCharacters(in: .whitespaces)
      guard !p.isEmpty, !p.hasPrefix("#"), !p.hasPrefix("!") else { return nil }
      let foldersOnly = p.hasSuffix("/")
      while p.hasSuffix("/") { p.removeLast() }
      guard !p.isEmpty else { return nil }
      let anchored = p.hasPrefix("/") || p.contains("/")
      if p.hasPrefix("/") { p.removeFirst() }
      let body = Glob.regexBody(p)
      let pattern =
        anchored
        ? "^" + NSRegularExpression.escapedPattern(for: folder) + body + "$" : "(^|/)" + body + "$"
      return (try? NSRegularExpression(pattern: pattern)).map {
        Pattern(regex: $0, foldersOnly: foldersOnly)
      }
    }
  }
}
