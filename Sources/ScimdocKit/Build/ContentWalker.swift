import Foundation

/// Finds the Markdown pages under the given paths, sorted, without following
/// a symbolic link into a folder twice (symlink loops end).
public struct ContentWalker: Sendable {
  /// Path globs to skip (`*` matches within one component, `**` any depth).
  public var ignored: [String]

  public init(ignored: [String] = []) {
    self.ignored = ignored
  }

  /// The `.md` files under `paths` (files are taken as given), sorted by path.
  public func pages(in paths: [String]) throws(InputError) -> [String] {
    var found: [String] = []
    let globs = ignored.compactMap(Glob.regex)
    for path in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        throw InputError(path: path, location: nil, message: .fileNotFound, lineText: nil)
      }
      if isDir.boolValue {
        var seen = Set<FolderID>()
        walk(path, globs: globs, into: &found, seen: &seen, depth: 0)
      } else {
        found.append(path)
      }
    }
    return found.sorted()
  }

  /// Reads folders with `readdir`, trusting the entry type it reports and
  /// asking `stat` only for links and unknown types (a symbolic link is
  /// followed to what it points at, as `fileExists` would).
  private func walk(
    _ dir: String, globs: [NSRegularExpression], into found: inout [String],
    seen: inout Set<FolderID>, depth: Int
  ) {
    // A folder is known by its device and inode (one `stat`, where
    // `realpath` asked about every component of the path).
    var info = stat()
    guard depth < 64, stat(dir, &info) == 0 else { return }
    guard seen.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted,
      let handle = opendir(dir)
    else { return }
    var entries: [(name: String, isDir: Bool)] = []
    let base = dir.hasSuffix("/") ? dir : dir + "/"
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_DIR): entries.append((name, true))
      case Int32(DT_REG): entries.append((name, false))
      default:
        var st = stat()
        guard stat(base + name, &st) == 0 else { continue }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: entries.append((name, true))
        case S_IFREG: entries.append((name, false))
        default: continue
        }
      }
    }
    closedir(handle)
    for (name, isDir) in entries.sorted(by: { $0.name < $1.name }) {
      // Built at its exact size: a large site's paths are kept to the end.
      var path = ""
      path.reserveCapacity(base.utf8.count + name.utf8.count)
      path += base
      path += name
      if globs.contains(where: { Glob.matches($0, path) }) { continue }
      if isDir {
        walk(path, globs: globs, into: &found, seen: &seen, depth: depth + 1)
      } else if name.hasSuffix(".md") || name.hasSuffix(".markdown") {
        found.append(path)
      }
    }
  }

  /// A folder's identity, so one reached again through a link is not walked twice.
  private struct FolderID: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// True when `path` matches one of the ignore globs.
  public func isIgnored(_ path: String) -> Bool {
    ignored.contains { Glob.matches($0, path) }
  }
}

/// Minimal globbing: `**` any run of components, `*` within one, `?` one character.
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
      default: out += NSRegularExpression.escapedPattern(for: String(c))
      }
    }
    return out
  }
}
