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
    for path in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        throw InputError(path: path, location: nil, message: .fileNotFound, lineText: nil)
      }
      if isDir.boolValue {
        var seen = Set<String>()
        walk(path, into: &found, seen: &seen, depth: 0)
      } else {
        found.append(path)
      }
    }
    return found.sorted()
  }

  private func walk(_ dir: String, into found: inout [String], seen: inout Set<String>, depth: Int)
  {
    let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
    guard depth < 64, seen.insert(real).inserted else { return }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
      if isIgnored(path) { continue }
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
      if isDir.boolValue {
        walk(path, into: &found, seen: &seen, depth: depth + 1)
      } else if name.hasSuffix(".md") || name.hasSuffix(".markdown") {
        found.append(path)
      }
    }
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
    guard let regex = try? NSRegularExpression(pattern: "(^|/)" + regexBody(pattern) + "$") else {
      return false
    }
    return regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
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
