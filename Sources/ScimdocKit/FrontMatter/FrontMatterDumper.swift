/// Prints front matter as a readable tree with ranges, for `scimdoc dump`.
///
/// ```
/// FrontMatter @1:1-5:3
///   Mapping @2:1-4:14
///     Key "title" @2:1-2:5
///       Scalar @2:8-2:24 "Setting up SCIM"
/// ```
public enum FrontMatterDumper {
  /// The front matter section of a page dump; empty without front matter.
  public static func dump(_ frontMatter: FrontMatter?) -> String {
    guard let frontMatter else { return "" }
    var out = "FrontMatter"
    if let range = frontMatter.range { out += " @\(range.description)" }
    out += "\n"
    if let root = frontMatter.yaml { out += dump(root, depth: 1) }
    for issue in frontMatter.issues {
      out += "  Issue \(issue.kind.rawValue) @\(issue.range.description) \(quoted(issue.message))\n"
    }
    return out
  }

  /// `node` and its children, indented two spaces per level from `depth`.
  public static func dump(_ node: YAMLNode, depth: Int = 0) -> String {
    var out = ""
    dump(node, depth: depth, into: &out)
    return out
  }

  private static func dump(
    _ node: YAMLNode, depth: Int, into out: inout String, secret: Bool = false
  ) {
    let indent = String(repeating: "  ", count: depth)
    var line = indent
    switch node.kind {
    case .scalar(let text, let style):
      // A value under a credential-named key (`api_key`, `scim_token`) is
      // shown as set, never as written.
      line += "Scalar @\(node.range.description) \(secret ? SecretText.marker : quoted(text))"
      if style != .plain { line += " \(style.rawValue)" }
    case .sequence(let items):
      line += "Sequence @\(node.range.description) (\(items.count) items)"
    case .mapping(let pairs):
      line += "Mapping @\(node.range.description) (\(pairs.count) pairs)"
    }
    if let tag = node.tag { line += " tag \(tag)" }
    if let anchor = node.anchor { line += " &\(anchor)" }
    out += line + "\n"
    switch node.kind {
    case .scalar: break
    case .sequence(let items):
      for item in items { dump(item, depth: depth + 1, into: &out, secret: secret) }
    case .mapping(let pairs):
      for pair in pairs {
        if let key = pair.key.text {
          out += indent + "  Key \(quoted(key)) @\(pair.key.range.description)\n"
        } else {
          out += indent + "  Key @\(pair.key.range.description)\n"
          dump(pair.key, depth: depth + 2, into: &out)
        }
        let isSecret = secret || pair.key.text.map(SecretText.isCredentialName) == true
        dump(pair.value, depth: depth + 2, into: &out, secret: isSecret)
      }
    }
  }

  /// `"text"` with quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
