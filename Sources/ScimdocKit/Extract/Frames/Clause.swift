import Foundation

/// One piece of a sentence as the frame matchers read it.
struct Piece: Sendable {
  enum Kind: Sendable, Equatable {
    /// Plain words (with their punctuation).
    case text
    /// Bold, a short emphasis, or a `{{< ui >}}` label: a UI name.
    case label
    /// A code span: a literal value.
    case code
    /// A link; `text` is its text.
    case link(destination: String)
    /// A URL written in plain text or as an autolink.
    case url
  }

  var kind: Kind
  var text: String
  var byteRange: Range<Int>
  /// A label written with its colon inside ("**Tenant URL:**"); `text` drops the colon.
  var endsWithColon = false
}

/// A sentence of pieces, with its folded text for phrase search.
///
/// The text, the folded text and the word mask are computed once, when the
/// clause is made: every matcher reads them, most sentences match nothing.
struct Clause: Sendable {
  let pieces: [Piece]
  let byteRange: Range<Int>
  /// The sentence as a reader sees it.
  let text: String
  /// Lowercased text with single spaces, padded with a space on each side.
  let folded: String
  /// The words of `folded`: a phrase whose first word is not in it does not occur.
  let words: WordMask

  init(pieces: [Piece], byteRange: Range<Int>) {
    self.pieces = pieces
    self.byteRange = byteRange
    var out: [UInt8] = []
    for p in pieces {
      var piece = p.text
      piece.withUTF8 { u in
        guard let lo = u.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
          let hi = u.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
        else { return }
        if !out.isEmpty, !",.;:)".utf8.contains(u[lo]) { out.append(0x20) }
        out.append(contentsOf: u[lo...hi])
      }
    }
    text = String(decoding: out, as: UTF8.self)
    var folded: [UInt8] = [0x20]
    out.withUnsafeBufferPointer { Clause.fold($0, into: &folded) }
    folded.append(0x20)
    self.folded = String(decoding: folded, as: UTF8.self)
    words = WordMask(self.folded)
  }

  /// True when a phrase with these words may occur: false only when one of
  /// its words is missing, so a false answer needs no search.
  func mayHave(_ phrase: WordMask) -> Bool { words.covers(phrase) }

  /// Lowercase (ASCII), straight quotes, single spaces; read byte by byte.
  static func fold(_ s: String) -> String {
    var out: [UInt8] = []
    var s = s
    s.withUTF8 { fold($0, into: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the folded `bytes` to `out`.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    out.reserveCapacity(out.count + bytes.count)
    let base = out.count
    var space = false
    var i = bytes.startIndex
    let end = bytes.endIndex
    while i < end {
      var b = bytes[i]
      var width = 1
      if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
        switch bytes[i + 2] {
        case 0x98, 0x99:
          b = UInt8(ascii: "'")
          width = 3
        case 0x9C, 0x9D:
          b = UInt8(ascii: "\"")
          width = 3
        default: break
        }
      } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
        b = 0x20
        width = 2
      }
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
        space = out.count > base
        i += width
        continue
      }
      if space { out.append(0x20) }
      space = false
      if width > 1 {
        out.append(b)
      } else {
        out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
      }
      i += width
    }
  }

  /// `text` without spaces and tabs at either end.
  static func trim(_ text: String) -> String {
    let u = text.utf8
    guard let first = u.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
    let last = u.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) ?? first
    return String(text[first...last])
  }

}

/// Byte search, without Foundation's bridging.
extension String {
  /// True when `needle` occurs in this string (bytes compared).
  func has(_ needle: String) -> Bool {
    var hay = self
    var needle = needle
    return hay.withUTF8 { h in
      needle.withUTF8 { n in
        guard let first = n.first else { return true }
        guard n.count <= h.count else { return false }
        var i = 0
        while i + n.count <= h.count {
          if h[i] == first {
            var j = 1
            while j < n.count && h[i + j] == n[j] { j += 1 }
            if j == n.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}

extension Clause {
  /// True when `phrase` (folded) occurs as whole words.
  func has(_ phrase: String) -> Bool { Clause.contains(folded, phrase) }

  static func contains(_ folded: String, _ phrase: String) -> Bool {
    guard let r = wordRange(of: phrase, in: folded) else { return false }
    return !r.isEmpty
  }

  /// The last range of `phrase` in `folded` as whole words.
  static func lastWordRange(of phrase: String, in folded: String) -> Range<String.Index>? {
    var found: Range<String.Index>?
    var from = folded.startIndex
    while let r = wordRange(of: phrase, in: folded, from: from) {
      found = r
      from = folded.index(after: r.lowerBound)
    }
    return found
  }

  /// The range of `phrase` in `folded` as whole words (searched byte by byte).
  static func wordRange(of phrase: String, in folded: String, from: String.Index? = nil)
    -> Range<String.Index>?
  {
    let utf8 = folded.utf8
    let start = from.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
    var phrase = phrase
    let found: (Int, Int)? = phrase.withUTF8 { needle -> (Int, Int)? in
      guard let first = needle.first else { return nil }
      return utf8.withContiguousStorageIfAvailable { hay -> (Int, Int)? in
        let n = hay.count
        let m = needle.count
        guard m <= n else { return nil }
        var i = start
        while i + m <= n {
          if hay[i] == first {
            var j = 1
            while j < m && hay[i + j] == needle[j] { j += 1 }
            if j == m {
              let before: UInt8 = i == 0 ? 0x20 : hay[i - 1]
              let after: UInt8 = i + m == n ? 0x20 : hay[i + m]
              if !isWordByte(before) && !isWordByte(after) { return (i, i + m) }
            }
          }
          i += 1
        }
        return nil
      } ?? nil
    }
    guard let (lo, hi) = found else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: lo)
    let upper = utf8.index(lower, offsetBy: hi - lo)
    return lower..<upper
  }

  /// Letters and digits (any byte of a non-ASCII scalar counts as a letter).
  private static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
  }
}

/// Reads a block's inline nodes into clauses (sentences of pieces).
enum ClauseReader {
  /// The sentences of the inlines directly in `block`.
  static func clauses(of block: MarkupNode, in file: SourceFile) -> [Clause] {
    var pieces: [Piece] = []
    for child in block.children { append(child, file: file, to: &pieces) }
    return split(pieces)
  }

  private static func append(_ node: MarkupNode, file: SourceFile, to pieces: inout [Piece]) {
    switch node.kind {
    case .text(let s):
      appendText(s, range: node.byteRange, to: &pieces)
    case .softBreak, .lineBreak:
      pieces.append(Piece(kind: .text, text: " ", byteRange: node.byteRange))
    case .code(let s):
      pieces.append(Piece(kind: .code, text: s, byteRange: node.byteRange))
    case .strong:
      pieces.append(
        Piece(
          kind: .label, text: tidy(node.plainText), byteRange: node.byteRange,
          endsWithColon: node.plainText.trimmedSpaces.hasSuffix(":")))
    case .emphasis where node.plainText.split(separator: " ").count <= 6:
      pieces.append(Piece(kind: .label, text: tidy(node.plainText), byteRange: node.byteRange))
    case .emphasis, .strikethrough:
      for child in node.children { append(child, file: file, to: &pieces) }
    case .link(let destination, _):
      let text = tidy(node.plainText)
      if text == destination || (text.hasPrefix("http") && !text.contains(" ")) {
        pieces.append(Piece(kind: .url, text: text, byteRange: node.byteRange))
      } else {
        pieces.append(
          Piece(kind: .link(destination: destination), text: text, byteRange: node.byteRange))
      }
    case .htmlInline(let s):
      // `<your-tenant>` parses as a tag: in a URL or a sentence it is a placeholder.
      if isPlaceholderTag(s) {
        pieces.append(Piece(kind: .text, text: s, byteRange: node.byteRange))
      } else if s.lowercased().hasPrefix("<br") {
        pieces.append(Piece(kind: .text, text: " ", byteRange: node.byteRange))
      }
    default:
      break
    }
  }

  private static func tidy(_ s: String) -> String {
    var t = Clause.trim(s.replacingNewlines())
    while t.hasSuffix(":") { t.removeLast() }
    while t.hasPrefix(":") { t.removeFirst() }
    return t
  }

  /// Tag names HTML has: anything else in angle brackets is a placeholder.
  private static let htmlTags: Set<String> = [
    "a", "b", "br", "i", "u", "p", "em", "strong", "code", "img", "span", "div", "sup", "sub",
    "kbd",
    "table", "tr", "td", "th", "ul", "ol", "li", "details", "summary", "pre", "hr", "small", "mark",
  ]

  private static func isPlaceholderTag(_ s: String) -> Bool {
    guard s.hasPrefix("<"), s.hasSuffix(">"), !s.hasPrefix("</"), !s.contains(" "),
      !s.contains("=")
    else { return false }
    let name = s.dropFirst().dropLast().trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    return !htmlTags.contains(name.lowercased()) && !name.isEmpty
  }

  /// Splits plain text into text and bare-URL pieces.
  private static func appendText(_ s: String, range: Range<Int>, to pieces: inout [Piece]) {
    let exact = s.utf8.count == range.count
    // Most text holds no URL: one piece, no search.
    guard s.utf8.contains(where: { $0 | 0x20 == UInt8(ascii: "h") }), s.lowercased().has("http")
    else {
      pieces.append(piece(.text, s, 0, range, exact))
      return
    }
    var rest = Substring(s)
    var offset = 0
    while let r = rest.range(of: "http", options: .caseInsensitive) {
      let tail = rest[r.lowerBound...]
      guard
        tail.hasPrefix("http://") || tail.hasPrefix("https://")
          || tail.lowercased().hasPrefix("http://") || tail.lowercased().hasPrefix("https://")
      else {
        let skip = rest.utf8.distance(from: rest.startIndex, to: r.upperBound)
        let before = rest[..<r.upperBound]
        pieces.append(piece(.text, String(before), offset, range, exact))
        offset += skip
        rest = rest[r.upperBound...]
        continue
      }
      let before = rest[..<r.lowerBound]
      if !before.isEmpty { pieces.append(piece(.text, String(before), offset, range, exact)) }
      offset += before.utf8.count
      var url = tail.prefix { !$0.isWhitespace && $0 != ")" && $0 != "\"" && $0 != "'" }
      while let last = url.last, ".,;:!?".contains(last) { url = url.dropLast() }
      pieces.append(piece(.url, String(url), offset, range, exact))
      offset += url.utf8.count
      rest = tail[url.endIndex...]
    }
    if !rest.isEmpty { pieces.append(piece(.text, String(rest), offset, range, exact)) }
  }

  private static func piece(
    _ kind: Piece.Kind, _ text: String, _ offset: Int, _ range: Range<Int>, _ exact: Bool
  ) -> Piece {
    let r =
      exact ? (range.lowerBound + offset)..<(range.lowerBound + offset + text.utf8.count) : range
    return Piece(kind: kind, text: text, byteRange: r)
  }

  /// Abbreviations after which a full stop does not end a sentence.
  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "etc", "vs", "eg", "ie", "approx", "no",
  ]

  /// Splits pieces into sentences at `.`, `!` or `?` followed by space in plain text.
  static func split(_ pieces: [Piece]) -> [Clause] {
    var clauses: [Clause] = []
    var current: [Piece] = []
    func close() {
      let meaningful = current.filter { $0.text.utf8.contains { $0 != 0x20 && $0 != 0x09 } }
      if let first = meaningful.first, let last = meaningful.last {
        clauses.append(
          Clause(
            pieces: meaningful, byteRange: first.byteRange.lowerBound..<last.byteRange.upperBound))
      }
      current = []
    }
    for p in pieces {
      guard p.kind == .text else {
        current.append(p)
        continue
      }
      let bytes = Array(p.text.utf8)
      var start = 0
      var i = 0
      while i < bytes.count {
        let c = bytes[i]
        if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?"),
          i + 1 == bytes.count || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x0A
            || bytes[i + 1] == 0x09
        {
          var w = i
          while w > start, bytes[w - 1] != 0x20, bytes[w - 1] != 0x0A, bytes[w - 1] != 0x09 {
            w -= 1
          }
          var word = bytes[w..<i].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
          while word.first == UInt8(ascii: "(") { word.removeFirst() }
          let lowerWord = String(decoding: word, as: UTF8.self)
          let isAbbreviation =
            abbreviations.contains(lowerWord) || (c == UInt8(ascii: ".") && word.count == 1)
          if !isAbbreviation {
            let text = String(decoding: bytes[start...i], as: UTF8.self)
            current.append(sub(p, text, start, i + 1))
            close()
            start = i + 1
          }
        }
        i += 1
      }
      if start < bytes.count {
        current.append(sub(p, String(decoding: bytes[start...], as: UTF8.self), start, bytes.count))
      }
    }
    close()
    return clauses
  }

  private static func sub(_ p: Piece, _ text: String, _ from: Int, _ to: Int) -> Piece {
    let exact = p.text.utf8.count == p.byteRange.count
    let r = exact ? (p.byteRange.lowerBound + from)..<(p.byteRange.lowerBound + to) : p.byteRange
    return Piece(kind: .text, text: text, byteRange: r)
  }
}

extension String {
  /// Line breaks made spaces.
  func replacingNewlines() -> String {
    String(decoding: utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
  }

  /// Without spaces and tabs at either end (no Foundation).
  var trimmedSpaces: String { Clause.trim(self) }
}
