import Foundation

/// Settings from `.scimdoc.yml`, found by walking up from the content root.
///
/// ```yaml
/// content: content            # the content root
/// url_prefix: /docs/          # site links that start with this map to pages
/// ignore: ["drafts/**"]       # path globs to skip
/// required_front_matter: [title, updated]
/// rules:                      # severity per rule, or off
///   contents-missing-heading: error
///   updated-unpadded: off
/// profiles: profiles          # extra provider profiles (a folder)
/// ```
public struct ProjectConfig: Sendable {
  /// Where the file was found (nil: defaults).
  public var path: String?
  public var contentRoot: String?
  public var urlPrefix: String = "/docs/"
  public var ignored: [String] = []
  public var requiredFrontMatter: [String] = ["title"]
  /// Rule id → severity; nil severity means the rule is off.
  public var ruleSeverity: [String: Severity?] = [:]
  public var profilesFolder: String?

  public init() {}

  /// The file's name.
  public static let fileName = ".scimdoc.yml"

  /// Finds `.scimdoc.yml` in `start` or a folder above it and reads it.
  public static func discover(from start: String, loader: SourceLoader) throws(InputError)
    -> ProjectConfig
  {
    var url = URL(fileURLWithPath: start).standardizedFileURL
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue {
      url = url.deletingLastPathComponent()
    }
    for _ in 0..<64 {
      let candidate = url.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) {
        return try load(relativePath(candidate), loader: loader)
      }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { break }
      url = parent
    }
    return ProjectConfig()
  }

  /// `path` relative to the working directory when it is below it.
  static func relativePath(_ path: String) -> String {
    let cwd = FileManager.default.currentDirectoryPath
    if path == cwd { return "." }
    return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
  }

  /// Reads the config at `path`.
  public static func load(_ path: String, loader: SourceLoader) throws(InputError) -> ProjectConfig
  {
    let file = try loader.load(path)
    var config = ProjectConfig()
    config.path = path
    guard let root = try YAMLLoader.load(file, yaml: 0..<file.bytes.count) else { return config }
    guard let pairs = root.pairs else {
      throw InputError(
        in: file, at: root.range.start.offset, .custom("\(fileName) must be a mapping"))
    }
    let base = URL(fileURLWithPath: path).deletingLastPathComponent().path
    // Relative to the working directory when below it: findings then name
    // `content/a.md`, not `/home/.../content/a.md`, and the walk's paths and
    // the content root have one form.
    func resolve(_ p: String) -> String {
      let joined = p.hasPrefix("/") || base.isEmpty ? p : (base == "." ? p : base + "/" + p)
      return relativePath(URL(fileURLWithPath: joined).standardizedFileURL.path)
    }
    for pair in pairs {
      let key = pair.key.text ?? ""
      let value = pair.value
      switch key {
      case "content": config.contentRoot = try string(value, key, file).map(resolve)
      case "url_prefix": config.urlPrefix = try string(value, key, file) ?? "/docs/"
      case "ignore": config.ignored = try strings(value, key, file)
      case "required_front_matter": config.requiredFrontMatter = try strings(value, key, file)
      case "profiles": config.profilesFolder = try string(value, key, file).map(resolve)
      case "rules":
        for rule in value.pairs ?? [] {
          guard let id = rule.key.text, let level = rule.value.text else { continue }
          // A misspelled id would silently do nothing.
          guard RuleID.isKnown(id) else {
            throw InputError(
              in: file, at: rule.key.range.start.offset,
              .custom(
                "unknown rule '\(id)'\(RuleID.suggestion(for: id)) (`scimdoc rules` lists them)"
              ))
          }
          if level == "off" {
            config.ruleSeverity[id] = .some(nil)
          } else if let severity = Severity(rawValue: level) {
            config.ruleSeverity[id] = severity
          } else {
            throw InputError(
              in: file, at: rule.value.range.start.offset,
              .custom("rule '\(id)': '\(level)' is not one of error, warning, note, off"))
          }
        }
      default:
        throw InputError(
          in: file, at: pair.key.range.start.offset,
          .custom(
            "unknown key '\(key)' (known: content, url_prefix, ignore, required_front_matter, rules, profiles)"
          ))
      }
    }
    return config
  }

  private static func string(_ node: YAMLNode, _ key: String, _ file: SourceFile) throws(InputError)
    -> String?
  {
    if node.isNull { return nil }
    guard let text = node.text else {
      throw InputError(in: file, at: node.range.start.offset, .custom("'\(key)' must be a string"))
    }
    return text
  }

  private static func strings(_ node: YAMLNode, _ key: String, _ file: SourceFile)
    throws(InputError)
    -> [String]
  {
    if node.isNull { return [] }
    if let text = node.text { return [text] }
    guard let items = node.items else {
      throw InputError(in: file, at: node.range.start.offset, .custom("'\(key)' must be a list"))
    }
    return items.compactMap(\.text)
  }

  /// Applies per-rule severities: drops rules turned off, re-levels others.
  public func apply(to findings: [Diagnostic]) -> [Diagnostic] {
    if ruleSeverity.isEmpty { return findings }
    return findings.compactMap { finding in
      guard let override = ruleSeverity[finding.rule] else { return finding }
      guard let severity = override else { return nil }
      var copy = finding
      copy.severity = severity
      return copy
    }
  }
}
