/// Tabs and sections of a page written for several identity providers:
/// MkDocs `=== "Okta"`, MDX `<Tab title="Okta">` / `<TabItem label="Okta">`,
/// Hugo `{{< tab "Okta" >}}`, GitBook `{% tab title="Okta" %}` and
/// `{tab|okta}` macros; each tab lasts until the next one or the end of its
/// tab set (`</Tabs>`, `{{< /tabs >}}`, `{% endtabs %}`, `{end_tabs}`).
///
/// The frame pass reads a tab with its provider's labels, and every
/// requirement found in it is that provider's.
struct ProviderSections {
  /// A tab: its lines (1-based, end exclusive) and its title.
  struct Tab: Equatable {
    var lines: Range<Int>
    /// The same lines as bytes of the page.
    var bytes: Range<Int>
    var title: String
  }

  /// The tabs of `file`'s body, outside fenced code.
  static func tabs(in file: SourceFile, bodyStart: Int) -> [Tab] {
    var tabs: [Tab] = []
    var open: (line: Int, title: String)?
    var fence: Character?
    func close(at line: Int) {
      if let o = open, line > o.line {
        let end = line > file.lineCount ? file.bytes.count : file.lineByteRange(line).lowerBound
        let start = file.lineByteRange(o.line).lowerBound
        tabs.append(Tab(lines: o.line..<line, bytes: start..<max(start, end), title: o.title))
      }
      open = nil
    }
    guard file.lineCount > 0 else { return [] }
    for line in 1...file.lineCount {
      let range = file.lineByteRange(line)
      guard range.lowerBound >= bodyStart else { continue }
      // Most lines start with none of the markers' first characters.
      guard let first = file.bytes[range].first(where: { $0 != 0x20 && $0 != 0x09 }),
        "=<{`~".utf8.contains(first)
      else { continue }
      // Tab markers hold "tab" (or open with `===`); HTML and code lines mostly do not.
      if first == UInt8(ascii: "<") || first == UInt8(ascii: "{"),
        !TextSearch.mayContain("tab", in: file.bytes[range], ignoringCase: true)
      {
        continue
      }
      let text = file.text(range).trimmedSpaces
      if let f = fence {
        if text.hasPrefix(String(repeating: f, count: 3)) { fence = nil }
        continue
      }
      if text.hasPrefix("```") || text.hasPrefix("~~~") {
        fence = text.first
        continue
      }
      if let title = title(ofTab: text) {
        close(at: line)
        open = (line, title)
      } else if endsTabs(text) {
        close(at: line)
      }
    }
    close(at: file.lineCount + 1)
    return tabs
  }

  /// The title of a tab marker line, or nil when the line opens no tab.
  static func title(ofTab text: String) -> String? {
    let lower = text.lowercased()
    if text.hasPrefix("=== \"") { return quoted(text) }
    if text.hasPrefix("{tab|"), text.hasSuffix("}") {
      return String(text.dropFirst(5).dropLast())
    }
    let opens = ["<tab ", "<tabitem ", "{{< tab ", "{{% tab ", "{% tab "]
    guard opens.contains(where: lower.hasPrefix) else { return nil }
    for attribute in ["title=", "label=", "name=", "value="] {
      if let r = lower.range(of: attribute) {
        let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
        if let t = quoted(String(text.dropFirst(offset))) { return t }
      }
    }
    return quoted(text)
  }

  /// True for a line that closes a tab set.
  static func endsTabs(_ text: String) -> Bool {
    let lower = text.lowercased().filter { $0 != " " }
    return ["</tabs>", "{{</tabs>}}", "{{%/tabs%}}", "{%endtabs%}", "{end_tabs}"].contains(lower)
  }

  /// The first double-quoted text of `s`.
  private static func quoted(_ s: String) -> String? {
    guard let open = s.firstIndex(of: "\""),
      let close = s[s.index(after: open)...].firstIndex(of: "\"")
    else { return nil }
    let t = String(s[s.index(after: open)..<close]).trimmedSpaces
    return t.isEmpty ? nil : t
  }

  /// The one profile among `profiles` that `title` names ("Okta",
  /// "entraid" for Entra ID, "Azure AD"), compared without case, spaces,
  /// hyphens or underscores; nil when it names none or several.
  static func profile(
    named title: String, among profiles: [(detect: [String], profile: ProviderProfile)]
  ) -> ProviderProfile? {
    func squeezed(_ s: String) -> String {
      s.lowercased().filter { $0.isLetter || $0.isNumber }
    }
    let own = squeezed(title)
    guard !own.isEmpty else { return nil }
    let named = profiles.filter { entry in
      entry.detect.contains { phrase in
        let p = squeezed(phrase)
        return !p.isEmpty && own.contains(p)
      }
    }
    return named.count == 1 ? named.first?.profile : nil
  }
}
