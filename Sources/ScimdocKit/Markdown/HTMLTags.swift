/// The inline raw HTML grammar (open and closing tags, comments, processing
/// instructions, declarations, CDATA), as cmark's `scan_html_tag`.
extension HTMLScanner {
  /// Remembers searches that ran to the end of the input without finding a
  /// closing marker, so later searches fail at once (keeps inline parsing linear).
  struct Memo {
    var noPIEnd = false
    var noCDATAEnd = false
    var noDeclarationEnd = false
    var noCommentEnd = false
  }

  /// Length of the tag starting just after `<` at `i`, or nil.
  static func tag(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
    var memo = Memo()
    return tag(b, i, end, &memo)
  }

  /// Length of the tag starting just after `<` at `i`, or nil, using `memo`.
  static func tag(_ b: [UInt8], _ i: Int, _ end: Int, _ memo: inout Memo) -> Int? {
    guard i < end else { return nil }
    let c = b[i]
    if isAlpha(c) { return openTag(b, i, end) }
    if c == UInt8(ascii: "/") { return closeTag(b, i, end) }
    if c == UInt8(ascii: "?") {
      if memo.noPIEnd { return nil }
      var k = i + 1
      while k + 1 < end {
        if b[k] == UInt8(ascii: "?"), b[k + 1] == UInt8(ascii: ">") { return k + 2 - i }
        k += 1
      }
      memo.noPIEnd = true
      return nil
    }
    guard c == UInt8(ascii: "!") else { return nil }
    if matches(b, i, end, "!--") {
      if memo.noCommentEnd { return nil }
      return comment(b, i, end, &memo)
    }
    if matches(b, i, end, "![cdata[") {
      if memo.noCDATAEnd { return nil }
      var k = i + 8
      while k + 2 < end {
        if b[k] == 0x5D, b[k + 1] == 0x5D, b[k + 2] == UInt8(ascii: ">") { return k + 3 - i }
        k += 1
      }
      memo.noCDATAEnd = true
      return nil
    }
    // Declaration: ! [A-Z]+ spacechar [^>]* >
    var k = i + 1
    while k < end, b[k] >= 0x41, b[k] <= 0x5A { k += 1 }
    guard k > i + 1, k < end, isSpaceByte(b[k]), !memo.noDeclarationEnd else { return nil }
    while k < end, b[k] != UInt8(ascii: ">") { k += 1 }
    if k >= end { memo.noDeclarationEnd = true }
    return k < end ? k + 1 - i : nil
  }

  /// An HTML comment after `<`: its length, or nil.
  private static func comment(_ b: [UInt8], _ i: Int, _ end: Int, _ memo: inout Memo) -> Int? {
    // "!---->" or "!--" ([-]? [^>-]) ([-]? [^-])* "-->"
    var k = i + 3
    if k + 2 < end, b[k] == 0x2D, b[k + 1] == 0x2D, b[k + 2] == UInt8(ascii: ">") {
      return k + 3 - i
    }
    if k < end, b[k] == 0x2D { k += 1 }
    guard k < end, b[k] != UInt8(ascii: ">"), b[k] != 0x2D else { return nil }
    k += 1
    while k < end {
      if b[k] == 0x2D {
        if k + 1 < end, b[k + 1] == 0x2D {
          return k + 2 < end && b[k + 2] == UInt8(ascii: ">") ? k + 3 - i : nil
        }
        k += 1
        continue
      }
      k += 1
    }
    memo.noCommentEnd = true
    return nil
  }

  /// Skips spaces and tabs.
  private static func skipSpaces(_ b: [UInt8], _ k: inout Int, _ end: Int) -> Bool {
    let s = k
    while k < end, isSpaceByte(b[k]) { k += 1 }
    return k > s
  }

  /// An open tag after `<`: its length, or nil.
  private static func openTag(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
    var k = i + 1
    while k < end, isAlpha(b[k]) || isDigit(b[k]) || b[k] == 0x2D { k += 1 }
    while true {
      let save = k
      guard skipSpaces(b, &k, end), k < end else {
        k = save
        break
      }
      let c = b[k]
      guard isAlpha(c) || c == 0x5F || c == 0x3A else {
        k = save
        break
      }
      k += 1
      while k < end,
        isAlpha(b[k]) || isDigit(b[k]) || b[k] == 0x5F || b[k] == 0x3A || b[k] == 0x2E
          || b[k] == 0x2D
      {
        k += 1
      }
      // Optional value.
      let afterName = k
      _ = skipSpaces(b, &k, end)
      if k < end, b[k] == UInt8(ascii: "=") {
        k += 1
        _ = skipSpaces(b, &k, end)
        guard k < end else { return nil }
        let q = b[k]
        if q == 0x22 || q == 0x27 {
          k += 1
          while k < end, b[k] != q { k += 1 }
          guard k < end else { return nil }
          k += 1
        } else {
          let s = k
          while k < end, !isSpaceByte(b[k]), b[k] != 0x22, b[k] != 0x27, b[k] != 0x3D, b[k] != 0x3C,
            b[k] != 0x3E, b[k] != 0x60
          {
            k += 1
          }
          guard k > s else { return nil }
        }
      } else {
        k = afterName
      }
    }
    _ = skipSpaces(b, &k, end)
    if k < end, b[k] == UInt8(ascii: "/") { k += 1 }
    guard k < end, b[k] == UInt8(ascii: ">") else { return nil }
    return k + 1 - i
  }

  /// A closing tag after `<`: its length, or nil.
  private static func closeTag(_ b: [UInt8], _ i: Int, _ end: Int) -> Int? {
    var k = i + 1
    guard k < end, isAlpha(b[k]) else { return nil }
    while k < end, isAlpha(b[k]) || isDigit(b[k]) || b[k] == 0x2D { k += 1 }
    _ = skipSpaces(b, &k, end)
    guard k < end, b[k] == UInt8(ascii: ">") else { return nil }
    return k + 1 - i
  }
}
