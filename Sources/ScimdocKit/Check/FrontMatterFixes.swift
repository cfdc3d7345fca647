/// The certain edits for front-matter findings: an `updated` date padded
/// with zeros, and curly quotes in the title made straight (escaped as the
/// title's YAML style needs, so the front matter still reads the same way).
///
/// A value behind an anchor or a tag, or written with escapes, gets no
/// edit: changing it in place would not be certain.
enum FrontMatterFixes {
  /// The edits that fix an issue of `kind` on `page` (none when unsure).
  static func edits(for kind: FrontMatterIssue.Kind, on page: Page) -> [FixEdit] {
    switch kind {
    case .unpaddedDate: paddedDate(page)
    case .curlyQuotes: straightQuotes(page)
    default: []
    }
  }

  /// `2024-1-9` becomes `2024-01-09` (quotes around it are kept).
  static func paddedDate(_ page: Page) -> [FixEdit] {
    guard let date = page.frontMatter?.updated, !date.isPadded,
      let node = page.frontMatter?.yaml?["updated"], node.anchor == nil, node.tag == nil
    else { return [] }
    let file = page.source
    let range = wholeCharacters(node.range.byteRange, in: file.bytes)
    let needle = Array(date.text.utf8)
    guard let at = firstIndex(of: needle, in: file.bytes, within: range) else { return [] }
    return [FixEdit(replacing: at..<at + needle.count, in: file, with: date.iso)]
  }

  /// Each curly quote of the title replaced by its straight form.
  static func straightQuotes(_ page: Page) -> [FixEdit] {
    guard let node = page.frontMatter?.yaml?["title"], node.anchor == nil, node.tag == nil,
      case .scalar(let value, let style) = node.kind
    else { return [] }
    let file = page.source
    let bytes = file.bytes
    let range = wholeCharacters(node.range.byteRange, in: bytes)
    var edits: [FixEdit] = []
    var i = range.lowerBound
    while i + 2 < range.upperBound {
      guard bytes[i] == 0xE2, bytes[i + 1] == 0x80, [0x98, 0x99, 0x9C, 0x9D].contains(bytes[i + 2])
      else {
        i += 1
        continue
      }
      let double = bytes[i + 2] >= 0x9C
      if style == .plain, i == range.lowerBound {
        // A plain title starting with a quote would start a quoted one.
        guard node.range.start.line == node.range.end.line else { return [] }
        let escaped = straightened(value).replacingOccurrences(of: "\\", with: "\\\\")
          .replacingOccurrences(of: "\"", with: "\\\"")
        return [FixEdit(replacing: range, in: file, with: "\"\(escaped)\"")]
      }
      let text =
        switch style {
        case .doubleQuoted: double ? "\\\"" : "'"
        case .singleQuoted: double ? "\"" : "''"
        case .plain, .literal, .folded: double ? "\"" : "'"
        }
      edits.append(FixEdit(replacing: i..<i + 3, in: file, with: text))
      i += 3
    }
    // Quotes written as escapes (`\u201C`) are not in the text: no edit.
    let quotes = value.unicodeScalars.filter { Self.curly.contains($0) }.count
    return quotes == edits.count ? edits : []
  }

  static let curly: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

  /// `s` with straight quotes for curly ones.
  static func straightened(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.map {
          $0 == "\u{201C}" || $0 == "\u{201D}"
            ? "\"" : $0 == "\u{2018}" || $0 == "\u{2019}" ? "'" : $0
        }))
  }

  /// `range` grown to the end of the character it ends in (a YAML range's
  /// last offset may point at the first byte of a multi-byte character).
  static func wholeCharacters(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
    var end = min(range.upperBound, bytes.count)
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return min(range.lowerBound, end)..<end
  }

  /// The first offset of `needle` in `bytes[range]`.
  static func firstIndex(of needle: [UInt8], in bytes: [UInt8], within range: Range<Int>) -> Int? {
    guard !needle.isEmpty, range.count >= needle.count else { return nil }
    for i in range.lowerBound...(range.upperBound - needle.count)
    where bytes[i..<i + needle.count].elementsEqual(needle) {
      return i
    }
    return nil
  }
}
