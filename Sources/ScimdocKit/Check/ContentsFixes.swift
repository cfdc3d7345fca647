/// The certain edits for Contents and anchor findings: a missing heading's
/// line added to the Contents list next to its neighbours (placed by
/// ``ContentsPlacement``), and a broken `#anchor` replaced by the only
/// heading anchor that matches it best.
enum ContentsFixes {
  /// `#old` replaced by `#new` in an inline link `[text](#old)`; none for a
  /// reference link or when the destination is not found exactly once.
  static func replaceAnchor(in link: PageLink, with anchor: String, file: SourceFile) -> [FixEdit] {
    let bytes = file.bytes
    let old = Array(link.destination.utf8)
    let range = link.byteRange.clamped(to: 0..<bytes.count)
    var found: [Int] = []
    var i = range.lowerBound
    while i + 1 < range.upperBound {
      defer { i += 1 }
      guard bytes[i] == UInt8(ascii: "]"), bytes[i + 1] == UInt8(ascii: "(") else { continue }
      var j = i + 2
      while j < range.upperBound, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "<")].contains(bytes[j]) {
        j += 1
      }
      let end = j + old.count
      guard end < range.upperBound, bytes[j..<end].elementsEqual(old),
        [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: ")")].contains(bytes[end])
      else { continue }
      found.append(j)
    }
    guard found.count == 1 else { return [] }
    return [FixEdit(replacing: found[0]..<found[0] + old.count, in: file, with: "#" + anchor)]
  }

  /// The line `* [Heading](#anchor)` inserted next to the list item
  /// `neighbour` of a bullet list (after it when `after`, nested lists
  /// included, else before it), with its indentation and marker, and a blank
  /// line between items when the list is loose.
  static func insertion(
    of heading: HeadingInfo, next neighbour: MarkupNode, after: Bool, tight: Bool,
    file: SourceFile
  ) -> [FixEdit] {
    guard let prefix = markerPrefix(of: neighbour, in: file) else { return [] }
    let newline = lineTerminator(at: file.line(of: neighbour.byteRange.lowerBound), in: file)
    let line =
      prefix + "[" + escaped(TextSearch.trimmed(heading.text)) + "](#" + heading.anchor + ")"
    if after {
      let last = file.line(
        of: max(neighbour.byteRange.lowerBound, neighbour.byteRange.upperBound - 1))
      guard last < file.lineStarts.count else {
        return [FixEdit(inserting: newline + line, at: file.bytes.count, in: file)]
      }
      let text = tight ? line + newline : newline + line + newline
      return [FixEdit(inserting: text, at: file.lineStarts[last], in: file)]
    }
    let first = file.lineStarts[file.line(of: neighbour.byteRange.lowerBound) - 1]
    let text = tight ? line + newline : line + newline + newline
    return [FixEdit(inserting: text, at: first, in: file)]
  }

  /// True when `heading` can be a Contents line: one line of text with an anchor.
  static func canList(_ heading: HeadingInfo) -> Bool {
    !heading.anchor.isEmpty && !TextSearch.trimmed(heading.text).isEmpty
      && !heading.text.contains(where: \.isNewline)
  }

  /// The items of `list` by the anchor of their first in-page link (and by
  /// the anchor it is being repaired to).
  static func items(of list: MarkupNode, repaired: [String: String]) -> [String: MarkupNode] {
    var out: [String: MarkupNode] = [:]
    for item in list.children {
      guard let paragraph = item.children.first(where: { $0.kinds == .paragraph }) else { continue }
      var anchor: String?
      paragraph.walk(only: .link) { node in
        if anchor == nil, case .link(let destination, _) = node.kind, destination.hasPrefix("#") {
          anchor = String(destination.dropFirst())
        }
      }
      guard let anchor else { continue }
      for key in [anchor, repaired[anchor]].compactMap({ $0 }) where out[key] == nil {
        out[key] = item
      }
    }
    return out
  }

  /// The text from the start of `item`'s line to its content (`  * `),
  /// when it is only indentation and a bullet marker.
  static func markerPrefix(of item: MarkupNode, in file: SourceFile) -> String? {
    guard let content = item.children.first?.byteRange.lowerBound else { return nil }
    let lineStart = file.lineStarts[file.line(of: item.byteRange.lowerBound) - 1]
    guard lineStart < content, content <= file.bytes.count else { return nil }
    let prefix = file.bytes[lineStart..<content]
    let marker = prefix.drop { $0 == 0x20 || $0 == 0x09 }
    guard let bullet = marker.first,
      [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "+")]
        .contains(bullet),
      marker.count > 1, marker.dropFirst().allSatisfy({ $0 == 0x20 || $0 == 0x09 })
    else { return nil }
    return String(decoding: prefix, as: UTF8.self)
  }

  /// The line terminator of line `line` (`\n` when it has none).
  static func lineTerminator(at line: Int, in file: SourceFile) -> String {
    guard line < file.lineStarts.count else { return "\n" }
    let end = file.lineStarts[line]
    if end >= 2, file.bytes[end - 2] == 0x0D, file.bytes[end - 1] == 0x0A { return "\r\n" }
    return end >= 1 && file.bytes[end - 1] == 0x0D ? "\r" : "\n"
  }

  /// A heading's text as link text: Markdown punctuation escaped.
  static func escaped(_ text: String) -> String {
    // Byte by byte: every character escaped is ASCII, so no scalar is split.
    let special = Array("\\[]*_`<>&!".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    for b in text.utf8 {
      if special.contains(b) { out.append(UInt8(ascii: "\\")) }
      out.append(b)
    }
    return String(decoding: out, as: UTF8.self)
  }
}
