import Foundation

/// Doc-site dialects seen through: the markup of DocFX, Hugo, Liquid, MDX and
/// MkDocs blanked out of a page's bytes, so extraction reads the prose inside.
///
/// The filtered bytes have the same length and the same line breaks as the
/// page: markup becomes spaces, and lines indented only because they sit in
/// a JSX component, a tab or an admonition have their indentation moved to
/// the end of the line. ``originalOffset(_:)`` maps an offset back.
public struct DialectFilter: Sendable {
  /// The filtered bytes.
  public let bytes: [UInt8]
  /// Lines whose content moved: where each kept run starts (filtered offset)
  /// and how far it moved, with the line's end.
  private let lines: [Line]

  struct Line: Sendable {
    var start: Int
    var end: Int
    /// Kept content ends here (after it, padding to the line's end).
    var contentEnd: Int
    /// (filtered offset, original minus filtered), ascending.
    var runs: [(Int, Int)]
  }

  /// The page's bytes with dialect markup blanked, or nil when it has none.
  public static func filter(_ file: SourceFile, bodyStart: Int) -> DialectFilter? {
    let bytes = file.bytes
    guard Self.mayHaveDialect(bytes[bodyStart...]) else { return nil }
    var out = bytes
    var lines: [Line] = []
    var componentDepth = 0
    var indentedBlock = false  // inside `!!!` / `===` content (indented by four)
    var fence: UInt8?
    for line in 0..<file.lineCount {
      let range = file.lineByteRange(line + 1)
      guard range.lowerBound >= bodyStart else { continue }
      let end = range.upperBound
      let text = bytes[range.lowerBound..<end]
      let indent = text.prefix { $0 == 0x20 || $0 == 0x09 }.count
      let body = text.dropFirst(indent)
      // Fenced code is left as it is, but for the indentation a component gives it.
      var fenced = false
      if let f = fence {
        if body.starts(with: [f, f, f]) { fence = nil }
        fenced = true
      } else if let first = body.first, first == 0x60 || first == 0x7E,
        body.starts(with: [first, first, first])
      {
        fence = first
        fenced = true
      }
      if !fenced, Self.isMarkupLine(body) {
        blank(&out, range.lowerBound..<end)
        if body.starts(with: Array("!!!".utf8)) || body.starts(with: Array("???".utf8))
          || body.starts(with: Array("===".utf8))
        {
          indentedBlock = true
        }
        componentDepth = max(0, componentDepth + Self.componentDelta(body))
        continue
      }
      if body.isEmpty { continue }
      if indentedBlock && indent < 4 { indentedBlock = false }
      // What to drop: indentation only a component or a tab gives, and inline markup.
      var edits: [(Range<Int>, [UInt8])] = []
      let move =
        componentDepth > 0 ? min(indent, 4 * componentDepth) : (indentedBlock ? min(indent, 4) : 0)
      if move > 0 { edits.append((range.lowerBound..<(range.lowerBound + move), [])) }
      if !fenced { edits += Self.inlineEdits(bytes, range.lowerBound + indent..<end) }
      guard !edits.isEmpty else { continue }
      var rebuilt: [UInt8] = []
      var runs: [(Int, Int)] = []
      var at = range.lowerBound
      for (r, replacement) in edits.sorted(by: { $0.0.lowerBound < $1.0.lowerBound })
      where r.lowerBound >= at {
        if r.lowerBound > at {
          runs.append((range.lowerBound + rebuilt.count, at - (range.lowerBound + rebuilt.count)))
          rebuilt += bytes[at..<r.lowerBound]
        }
        if !replacement.isEmpty {
          runs.append(
            (range.lowerBound + rebuilt.count, r.lowerBound - (range.lowerBound + rebuilt.count)))
          rebuilt += replacement
        }
        at = r.upperBound
      }
      if at < end {
        runs.append((range.lowerBound + rebuilt.count, at - (range.lowerBound + rebuilt.count)))
        rebuilt += bytes[at..<end]
      }
      let contentEnd = range.lowerBound + rebuilt.count
      rebuilt += [UInt8](repeating: 0x20, count: (end - range.lowerBound) - rebuilt.count)
      out.replaceSubrange(range, with: rebuilt)
      lines.append(Line(start: range.lowerBound, end: end, contentEnd: contentEnd, runs: runs))
    }
    // Nothing blanked or moved: the page is read as it is, not parsed again.
    guard !lines.isEmpty || out != bytes else { return nil }
    return DialectFilter(bytes: out, lines: lines)
  }

  private init(bytes: [UInt8], lines: [Line]) {
    self.bytes = bytes
    self.lines = lines
  }

  /// The page offset of a filtered offset.
  public func originalOffset(_ offset: Int) -> Int {
    var lo = 0
    var hi = lines.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if lines[mid].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return offset }
    let line = lines[lo - 1]
    guard offset < line.end else { return offset }
    guard offset < line.contentEnd else { return line.end }
    let run = line.runs.last { $0.0 <= offset } ?? (line.start, 0)
    return offset + run.1
  }

  /// The page range of a filtered range.
  public func originalRange(_ range: Range<Int>) -> Range<Int> {
    guard !lines.isEmpty else { return range }
    let lower = originalOffset(range.lowerBound)
    guard range.upperBound > range.lowerBound else { return lower..<lower }
    return lower..<max(lower, originalOffset(range.upperBound - 1) + 1)
  }

  // MARK: - Recognising markup

  /// Cheap test: any byte sequence a dialect starts with.
  private static func mayHaveDialect(_ bytes: ArraySlice<UInt8>) -> Bool {
    var i = bytes.startIndex
    var lineStart = true
    while i < bytes.endIndex {
      let b = bytes[i]
      let next = i + 1 < bytes.endIndex ? bytes[i + 1] : 0
      switch b {
      case UInt8(ascii: "{")
      where next == UInt8(ascii: "{") || next == UInt8(ascii: "%")
        || (lineStart && next >= 0x61 && next <= 0x7A):
        return true
      case UInt8(ascii: ":") where next == UInt8(ascii: ":"): return true
      case UInt8(ascii: "[") where next == UInt8(ascii: "!"): return true
      case UInt8(ascii: "<") where lineStart && next >= 0x41 && next <= 0x5A: return true
      case UInt8(ascii: "!"), UInt8(ascii: "="),
        UInt8(ascii: "?") where lineStart && next == b:
        return true
      case UInt8(ascii: "i") where lineStart && bytes[i...].starts(with: Array("import ".utf8)):
        return true
      default: break
      }
      if b == 0x0A {
        lineStart = true
      } else if b != 0x20 && b != 0x09 {
        lineStart = false
      }
      i += 1
    }
    return false
  }

  /// Lines that are only markup: JSX component tags, admonition and tab
  /// markers, imports, shortcodes alone on their line.
  static func isMarkupLine(_ body: ArraySlice<UInt8>) -> Bool {
    guard let first = body.first else { return false }
    let text = String(decoding: body, as: UTF8.self)
    switch first {
    case UInt8(ascii: "<"):
      // `<Steps>`, `</Step>`, `<Tab title="Okta">`, `<Render file="x" />`: a capitalised tag alone.
      let rest = body.dropFirst().drop { $0 == UInt8(ascii: "/") }
      guard let c = rest.first, c >= 0x41, c <= 0x5A else { return false }
      return text.hasSuffix(">")
    case UInt8(ascii: ":"):
      return text.hasPrefix(":::")
    case UInt8(ascii: "!"):
      return text.hasPrefix("!!! ") || text.hasPrefix("!!!+ ")
    case UInt8(ascii: "?"):
      return text.hasPrefix("??? ") || text.hasPrefix("???+ ")
    case UInt8(ascii: "="):
      return text.hasPrefix("=== \"")
    case UInt8(ascii: "{"):
      guard text.hasPrefix("{{") || text.hasPrefix("{%") else { return isMacroLine(text) }
      return text.hasSuffix("}}") || text.hasSuffix("%}")
    case UInt8(ascii: "i"), UInt8(ascii: "e"):
      return (text.hasPrefix("import ") && (text.contains(" from ") || text.contains("'")))
        || text.hasPrefix("export const ") || text.hasPrefix("export default ")
    default:
      return false
    }
  }

  /// A Python-Markdown macro alone on its line: `{start_tabs}`, `{tab|okta}`,
  /// `{end_tabs}` (a lowercase name, an optional `|` argument).
  static func isMacroLine(_ text: String) -> Bool {
    guard text.hasPrefix("{"), text.hasSuffix("}"), text.count > 2 else { return false }
    let inner = text.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
    guard let name = inner.first, inner.count <= 2,
      name.first?.isLetter == true,
      name.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "_" })
    else { return false }
    return inner.dropFirst().allSatisfy { arg in
      !arg.isEmpty && arg.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
  }

  /// +1 for an opening component tag, -1 for a closing one, 0 for a self-closing one.
  private static func componentDelta(_ body: ArraySlice<UInt8>) -> Int {
    guard body.first == UInt8(ascii: "<") else { return 0 }
    let text = String(decoding: body, as: UTF8.self)
    if text.hasPrefix("</") { return -1 }
    if text.hasSuffix("/>") { return 0 }
    // A tag closed on the same line (`<Tab>text</Tab>`) opens nothing.
    return text.contains("</") ? 0 : 1
  }

  /// UI-label shortcodes, whose text becomes bold.
  static let labelShortcodes: Set<String> = [
    "ui", "uicontrol", "guilabel", "button", "menu", "kbd", "ui-label",
  ]

  /// The inline markup of a line: `{{< >}}`, `{{% %}}`, `{% %}`, `[!INCLUDE ...]`,
  /// `:::image ...:::` and `[!div ...]` dropped (a UI-label shortcode becomes
  /// `**`), but not a shortcode that is part of a URL.
  private static func inlineEdits(_ bytes: [UInt8], _ range: Range<Int>) -> [(Range<Int>, [UInt8])]
  {
    var edits: [(Range<Int>, [UInt8])] = []
    var i = range.lowerBound
    while i < range.upperBound - 1 {
      let b = bytes[i]
      let next = bytes[i + 1]
      var close: [UInt8]?
      if b == UInt8(ascii: "{"), next == UInt8(ascii: "{"), i + 2 < range.upperBound,
        bytes[i + 2] == UInt8(ascii: "<") || bytes[i + 2] == UInt8(ascii: "%")
      {
        close = bytes[i + 2] == UInt8(ascii: "<") ? Array(">}}".utf8) : Array("%}}".utf8)
      } else if b == UInt8(ascii: "{"), next == UInt8(ascii: "%") {
        close = Array("%}".utf8)
      } else if b == UInt8(ascii: ":"), next == UInt8(ascii: ":"), i + 2 < range.upperBound,
        bytes[i + 2] == UInt8(ascii: ":")
      {
        close = Array(":::".utf8)
      } else if b == UInt8(ascii: "["), next == UInt8(ascii: "!") {
        close = Array("]".utf8)
      }
      guard let closing = close else {
        i += 1
        continue
      }
      // A shortcode in a URL (`https://{{< region >}}/scim`) is part of the value.
      let inURL = i > range.lowerBound && bytes[i - 1] == UInt8(ascii: "/")
      let searchFrom = i + (closing == Array(":::".utf8) ? 3 : 2)
      guard let endIndex = find(closing, in: bytes, from: searchFrom, before: range.upperBound)
      else {
        i += 1
        continue
      }
      var stop = endIndex + closing.count
      if closing == Array("]".utf8),
        let outer = find(Array(")]".utf8), in: bytes, from: i, before: range.upperBound)
      {
        stop = max(stop, outer + 2)  // `[!INCLUDE [text](path)]`
      }
      if !inURL {
        let inner = String(decoding: bytes[(i + 2)..<endIndex], as: UTF8.self)
          .trimmingCharacters(in: CharacterSet(charactersIn: " <>%/"))
        let name = inner.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        edits.append((i..<stop, labelShortcodes.contains(name) ? Array("**".utf8) : []))
      }
      i = stop
    }
    return edits
  }

  private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, before: Int) -> Int? {
    guard !needle.isEmpty, before - from >= needle.count else { return nil }
    var i = from
    while i + needle.count <= before {
      if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  private static func blank(_ out: inout [UInt8], _ range: Range<Int>) {
    for i in range where out[i] != 0x0A && out[i] != 0x0D { out[i] = 0x20 }
  }
}
