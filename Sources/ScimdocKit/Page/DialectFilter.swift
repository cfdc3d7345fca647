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
  /// Per line (by start offset), how many leading spaces were moved to the end.
  private let shifts: [(start: Int, length: Int, shift: Int)]

  /// The page's bytes with dialect markup blanked, or nil when it has none.
  public static func filter(_ file: SourceFile, bodyStart: Int) -> DialectFilter? {
    let bytes = file.bytes
    guard Self.mayHaveDialect(bytes[bodyStart...]) else { return nil }
    var out = bytes
    var shifts: [(Int, Int, Int)] = []
    var componentDepth = 0
    var indentedBlock = false  // inside `!!!` / `===` content (indented by four)
    var fence: UInt8?
    for line in 0..<file.lineCount {
      let range = file.lineByteRange(line + 1)
      guard range.lowerBound >= bodyStart else { continue }
      var end = range.upperBound
      while end > range.lowerBound, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
      let text = bytes[range.lowerBound..<end]
      let indent = text.prefix { $0 == 0x20 || $0 == 0x09 }.count
      let body = text.dropFirst(indent)
      // Fenced code is left as it is.
      if let f = fence {
        if body.starts(with: [f, f, f]) { fence = nil }
        continue
      }
      if let first = body.first, first == 0x60 || first == 0x7E, body.starts(with: [first, first, first])
      {
        fence = first
        continue
      }
      if Self.isMarkupLine(body) {
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
      // Inline markup: shortcodes, includes, DocFX images.
      Self.blankInline(&out, range.lowerBound + indent..<end)
      // Indentation that only a component or a tab gives: moved to the line's end.
      let move = componentDepth > 0 || indentedBlock ? min(indent, componentDepth > 0 ? indent : 4) : 0
      if move > 0 {
        let start = range.lowerBound
        let content = Array(out[(start + move)..<end])
        out.replaceSubrange(start..<(start + content.count), with: content)
        for i in (start + content.count)..<end { out[i] = 0x20 }
        shifts.append((start, end - start, move))
      }
    }
    return DialectFilter(bytes: out, shifts: shifts)
  }

  private init(bytes: [UInt8], shifts: [(Int, Int, Int)]) {
    self.bytes = bytes
    self.shifts = shifts.map { (start: $0.0, length: $0.1, shift: $0.2) }
  }

  /// The page offset of a filtered offset.
  public func originalOffset(_ offset: Int) -> Int {
    // Binary search for the line holding `offset`.
    var lo = 0
    var hi = shifts.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if shifts[mid].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return offset }
    let line = shifts[lo - 1]
    let column = offset - line.start
    guard column < line.length else { return offset }
    return column < line.length - line.shift ? offset + line.shift : line.start + line.length
  }

  /// The page range of a filtered range.
  public func originalRange(_ range: Range<Int>) -> Range<Int> {
    guard !shifts.isEmpty else { return range }
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
      case UInt8(ascii: "{") where next == UInt8(ascii: "{") || next == UInt8(ascii: "%"): return true
      case UInt8(ascii: ":") where next == UInt8(ascii: ":"): return true
      case UInt8(ascii: "[") where next == UInt8(ascii: "!"): return true
      case UInt8(ascii: "<") where lineStart && next >= 0x41 && next <= 0x5A: return true
      case UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "?") where lineStart && next == b: return true
      case UInt8(ascii: "i") where lineStart && bytes[i...].starts(with: Array("import ".utf8)): return true
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
      guard text.hasPrefix("{{") || text.hasPrefix("{%") else { return false }
      return text.hasSuffix("}}") || text.hasSuffix("%}")
    case UInt8(ascii: "i"), UInt8(ascii: "e"):
      return (text.hasPrefix("import ") && (text.contains(" from ") || text.contains("'")))
        || text.hasPrefix("export const ") || text.hasPrefix("export default ")
    default:
      return false
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

  /// Blanks `{{< >}}`, `{{% %}}`, `{% %}`, `[!INCLUDE ...]`, `:::image ...:::`
  /// and `[!div ...]` inside a line, but not a shortcode that is part of a URL.
  private static func blankInline(_ out: inout [UInt8], _ range: Range<Int>) {
    var i = range.lowerBound
    while i < range.upperBound - 1 {
      let b = out[i]
      let next = out[i + 1]
      var close: [UInt8]?
      if b == UInt8(ascii: "{"), next == UInt8(ascii: "{"), i + 2 < range.upperBound,
        out[i + 2] == UInt8(ascii: "<") || out[i + 2] == UInt8(ascii: "%")
      {
        close = out[i + 2] == UInt8(ascii: "<") ? Array(">}}".utf8) : Array("%}}".utf8)
      } else if b == UInt8(ascii: "{"), next == UInt8(ascii: "%") {
        close = Array("%}".utf8)
      } else if b == UInt8(ascii: ":"), next == UInt8(ascii: ":"), i + 2 < range.upperBound,
        out[i + 2] == UInt8(ascii: ":")
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
      let inURL = i > range.lowerBound && out[i - 1] == UInt8(ascii: "/")
      let searchFrom = i + (closing == Array(":::".utf8) ? 3 : 2)
      guard let endIndex = find(closing, in: out, from: searchFrom, before: range.upperBound) else {
        i += 1
        continue
      }
      var stop = endIndex + closing.count
      if closing == Array("]".utf8) {
        // `[!INCLUDE [text](path)]`: the bracket after the link.
        if let outer = find(Array(")]".utf8), in: out, from: i, before: range.upperBound) {
          stop = max(stop, outer + 2)
        }
      }
      if !inURL { blank(&out, i..<stop) }
      i = stop
    }
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
