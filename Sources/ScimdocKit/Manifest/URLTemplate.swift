import Foundation

/// SCIM endpoints as pages print them: literal URLs and URL templates with
/// placeholders (`{org}`, `<your-tenant>`, `[OrgId]`, `YOUR_ACCOUNT_ID`).
public enum URLTemplate {
  /// Hosts and paths of documentation, never an endpoint.
  static let documentationHints = [
    "learn.microsoft.com", "docs.microsoft.com", "/docs/", "docs.", "help.", "support.",
    "developer.", "/blog/", "/articles/", "github.com/", "youtube.com", "/kb/", "knowledge",
  ]

  /// True when `text` reads as a SCIM endpoint: a URL (or a placeholder
  /// followed by a path) naming SCIM, or any URL the page marks up as a value.
  static func looksLikeEndpoint(_ text: String, marked: Bool) -> Bool {
    // Spaces only inside a placeholder (`{{< region-param key="site" >}}`,
    // `{your API address}`).
    let bare = withoutPlaceholders(text)
    guard !bare.contains(" "), text.count >= 8 else { return false }
    let lower = text.lowercased()
    let isURL = lower.hasPrefix("https://") || lower.hasPrefix("http://")
    let placeholderStart =
      (text.hasPrefix("{") || text.hasPrefix("<") || text.hasPrefix("["))
      && text.has("/")
    guard isURL || placeholderStart else { return false }
    if lower.has("#") { return false }
    if documentationHints.contains(where: lower.has) && !lower.has("scim") {
      return false
    }
    if lower.has("/saml") || lower.has("sso") && !lower.has("scim") { return false }
    return lower.has("scim")
      || (marked && isURL && !documentationHints.contains(where: lower.has))
  }

  /// `text` with each `{{ ... }}` replaced by `x`.
  static func withoutShortcodes(_ text: String) -> String {
    guard text.has("{{") else { return text }
    var out = ""
    var rest = Substring(text)
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      out += rest[..<open.lowerBound] + "x"
      rest = rest[close.upperBound...]
    }
    return out + rest
  }

  /// `text` with each `{{ ... }}` and each `{...}` or `<...>` holding a space
  /// replaced by `x`.
  static func withoutPlaceholders(_ text: String) -> String {
    let bare = withoutShortcodes(text)
    guard bare.contains(" ") else { return bare }
    var out = ""
    var close: Character?
    for c in bare {
      if let end = close {
        if c == end { close = nil }
        continue
      }
      switch c {
      case "{":
        close = "}"
        out.append("x")
      case "<":
        close = ">"
        out.append("x")
      default: out.append(c)
      }
    }
    return out
  }

  /// Where `value` is a whole part of `url`: between the URL's separators
  /// (`.`, `/`, `:`, `@`, `?`, `=`, `&`), not inside a longer name.
  static func wholePart(_ value: String, in url: String) -> Range<String.Index>? {
    let separators: Set<Character> = [".", "/", ":", "@", "?", "=", "&"]
    var from = url.startIndex
    while let r = url.range(of: value, options: .caseInsensitive, range: from..<url.endIndex) {
      let before = r.lowerBound == url.startIndex ? nil : url[url.index(before: r.lowerBound)]
      let after = r.upperBound == url.endIndex ? nil : url[r.upperBound]
      if before.map(separators.contains) ?? true, after.map(separators.contains) ?? true {
        return r
      }
      from = url.index(after: r.lowerBound)
    }
    return nil
  }

  /// One template for URLs that differ in one part (`https://{region}.example.com/scim`
  /// from `https://eu.example.com/scim` and `https://us.example.com/scim`), the
  /// part widened to the URL's separators; nil when they differ in more than one part.
  static func template(of urls: [String], name: String) -> String? {
    guard let first = urls.first, urls.count > 1 else { return urls.first }
    let chars = urls.map { Array($0) }
    var prefix = chars[0].count
    var suffix = chars[0].count
    for c in chars.dropFirst() {
      prefix = min(prefix, zip(chars[0], c).prefix { $0 == $1 }.count)
      suffix = min(suffix, zip(chars[0].reversed(), c.reversed()).prefix { $0 == $1 }.count)
    }
    let separators: Set<Character> = [".", "/", ":", "@", "?", "=", "&"]
    while prefix > 0, !separators.contains(chars[0][prefix - 1]) { prefix -= 1 }
    while suffix > 0, !separators.contains(chars[0][chars[0].count - suffix]) { suffix -= 1 }
    for c in chars {
      guard prefix + suffix < c.count else { return nil }
      let middle = c[prefix..<(c.count - suffix)]
      if middle.contains(where: separators.contains) { return nil }
    }
    guard prefix >= "https://".count else { return nil }
    let head = String(first.prefix(prefix))
    let tail = String(first.suffix(suffix))
    return head + "{" + name + "}" + tail
  }

  /// The placeholder pattern, compiled once.
  private static let placeholderPattern = try? NSRegularExpression(
    pattern:
      #"\{\{[^}]*\}\}|\{[^}]*\}|<[^>]*>|\[[^\]]*\]|(?<![a-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![a-z0-9])|(?<![A-Za-z0-9])(?:HOSTNAME|TENANT|ORG|ACCOUNT|DOMAIN|SUBDOMAIN|REGION)(?![A-Za-z0-9])"#
  )

  /// True when `url` has a tenant-specific part.
  public static func isTemplate(_ url: String) -> Bool {
    !placeholders(in: url).isEmpty
  }

  /// The placeholder parts of `url`, in order.
  static func placeholders(in url: String) -> [Range<String.Index>] {
    // Cheap test first: most URLs have no bracket and no capital letter.
    guard url.contains(where: { "{<[".contains($0) || $0.isUppercase }), let re = placeholderPattern
    else { return [] }
    return re.matches(in: url, range: NSRange(url.startIndex..., in: url)).compactMap {
      Range($0.range, in: url)
    }
  }

  /// `url` with each placeholder replaced by `x` (for checks of its fixed parts).
  static func filled(_ url: String) -> String {
    var out = url
    for r in placeholders(in: url).reversed() { out.replaceSubrange(r, with: "x") }
    return out
  }

  /// Nil when `actual` fits `template`; otherwise the template part that differs.
  public static func mismatch(_ template: String, _ actual: String) -> String? {
    var pattern = "^"
    var parts: [String] = []
    var index = template.startIndex
    for r in placeholders(in: template) {
      let fixed = String(template[index..<r.lowerBound])
      pattern += NSRegularExpression.escapedPattern(for: fixed) + "([^/?#]+)"
      parts.append(fixed)
      index = r.upperBound
    }
    pattern += NSRegularExpression.escapedPattern(for: String(template[index...])) + "/?$"
    guard let re = try? NSRegularExpression(pattern: pattern, options: .caseInsensitive) else {
      return template
    }
    let trimmed =
      actual.hasSuffix("/") && !template.hasSuffix("/") ? String(actual.dropLast()) : actual
    if re.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil {
      return nil
    }
    // The first fixed part the actual URL does not carry.
    var rest = Substring(trimmed.lowercased())
    for fixed in parts + [String(template[index...])] where !fixed.isEmpty {
      guard let r = rest.range(of: fixed.lowercased()) else { return fixed }
      rest = rest[r.upperBound...]
    }
    return template
  }
}
