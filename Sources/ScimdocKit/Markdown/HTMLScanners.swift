/// Raw HTML recognisers shared by HTML blocks and inline HTML.
enum HTMLScanner {
  static let blockTags: Set<String> = [
    "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
    "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu",
    "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
  ]

  /// ASCII letter.
  @inline(__always) static func isAlpha(_ c: UInt8) -> Bool {
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
  }
  /// ASCII digit.
  @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

  /// Case-insensitive match of ASCII `word` at `i`.
  static func matches(_ b: [UInt8], _ i: Int, _ end: Int, _ word: String) -> Bool {
    var k = i
    for w in word.utf8 {
      guard k < end else { return false }
      var c = b[k]
      if c >= 0x41 && c <= 0x5A { c |= 0x20 }
      guard c == w else { return false }
      k += 1
    }
    return true
  }

  /// The HTML block kind (1-7) starting at `i` (a `<`), or 0.
  static func blockStart(_ b: [UInt8], _ i: Int, _ end: Int, allowType7: Bool) -> Int {
    let at = { (k: Int) -> UInt8 in k < end ? b[k] : 0 }
    for tag in ["script", "pre", "style"] where matches(b, i + 1, end, tag) {
      let c = at(i + 1 + tag.utf8.count)
      if isSpaceByte(c) || c == UInt8(ascii: ">") { return 1 }
    }
    if matches(b, i, end, "<!--") { return 2 }
    if at(i + 1) == UInt8(ascii: "?") { return 3 }
    if at(i + 1) == UInt8(ascii: "!") {
      let c = at(i + 2)
      if c >= 0x41 && c <= 0x5A { return 4 }
      if matches(b, i + 2, end, "[cdata[") { return 5 }
    }
    var k = i + 1
    if at(k) == UInt8(ascii: "/") { k += 1 }
    let nameStart = k
    while isAlpha(at(k)) || isDigit(at(k)) { k += 1 }
    if k > nameStart, isAlpha(at(nameStart)) {
      let name = String(decoding: b[nameStart..<k], as: UTF8.self).lowercased()
      if blockTags.contains(name) {
        let c = at(k)
        if isSpaceByte(c) || c == UInt8(ascii: ">")
          || (c == UInt8(ascii: "/") && at(k + 1) == UInt8(ascii: ">"))
        {
          return 6
        }
      }
    }
    if allowType7, let n = tag(b, i + 1, end), n > 0 {
      var j = i + 1 + n
      while j < end, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0C { j += 1 }
      // cmark also allows \n in this run; a line has just one, at its end.
      if j < end, b[j] == 0x0A || b[j] == 0x0D { return 7 }
    }
    return 0
  }

  /// True when the line range contains the end marker of HTML block `kind`.
  static func blockEnds(_ kind: Int, _ b: [UInt8], _ i: Int, _ end: Int) -> Bool {
    switch kind {
    case 1:
      var k = i
      while k < end {
        if b[k] == UInt8(ascii: "<"), b[k + 1 < end ? k + 1 : k] == UInt8(ascii: "/") {
          for tag in ["script>", "pre>", "style>"] where matches(b, k + 2, end, tag) { return true }
        }
        k += 1
      }
      return false
    case 2: return contains(b, i, end, "-->")
    case 3: return contains(b, i, end, "?>")
    case 4: return contains(b, i, end, ">")
    case 5: return contains(b, i, end, "]]>")
    default: return false
    }
  }

  /// True when `s` occurs in `b[i..<end]`.
  static func contains(_ b: [UInt8], _ i: Int, _ end: Int, _ s: String) -> Bool {
    let w = Array(s.utf8)
    var k = i
    while k + w.count <= end {
      if b[k] == w[0] {
        var ok = true
        for j in 1..<w.count where b[k + j] != w[j] {
          ok = false
          break
        }
        if ok { return true }
      }
      k += 1
    }
    return false
  }
}
