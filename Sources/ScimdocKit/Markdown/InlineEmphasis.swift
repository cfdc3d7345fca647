/// Emphasis delimiter runs and the delimiter-stack algorithm (bounded like
/// cmark's `openers_bottom`).
extension InlineParser {
  /// A `*` or `_` run: a text node, pushed as a delimiter when it can open or close.
  mutating func handleDelimiter(_ c: UInt8) -> Int32 {
    let start = pos
    let before = pos == 0 ? 0x0A : charBefore(pos)
    while pos < len, s[pos] == c { pos += 1 }
    let n = pos - start
    let after = pos >= len ? 0x0A : charAt(pos)
    let afterSpace = Unicode.isSpaceCodepoint(after)
    let beforeSpace = Unicode.isSpaceCodepoint(before)
    let afterPunct = Unicode.isPunctCodepoint(after)
    let beforePunct = Unicode.isPunctCodepoint(before)
    let left = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
    let right = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
    let canOpen: Bool
    let canClose: Bool
    if c == 0x5F {
      canOpen = left && (!right || beforePunct)
      canClose = right && (!left || afterPunct)
    } else {
      canOpen = left
      canClose = right
    }
    let node = text(start, pos - 1, subject: start..<pos)
    if canOpen || canClose {
      delims.append(
        Delimiter(
          char: c, canOpen: canOpen, canClose: canClose, node: node, origLength: n, prev: lastDelim,
          next: -1))
      let d = delims.count - 1
      if lastDelim >= 0 { delims[lastDelim].next = d }
      lastDelim = d
    }
    return node
  }

  /// The scalar just before subject position `p`.
  private mutating func charBefore(_ p: Int) -> UInt32 {
    var k = p - 1
    while k > 0, s[k] & 0xC0 == 0x80 { k -= 1 }
    return decode(k, limit: p)
  }

  /// The scalar at subject position `p`.
  private mutating func charAt(_ p: Int) -> UInt32 { decode(p, limit: len) }

  /// Decodes the UTF-8 scalar at `k` (a line end when invalid).
  private mutating func decode(_ k: Int, limit: Int) -> UInt32 {
    let b0 = s[k]
    if b0 < 0x80 { return UInt32(b0) }
    var it = s[k..<limit].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let v) = decoder.decode(&it) { return v.value }
    return 0x0A
  }

  /// Unlinks delimiter `d` from the delimiter list.
  mutating func removeDelimiter(_ d: Int) {
    let p = delims[d].prev
    let n = delims[d].next
    if n >= 0 { delims[n].prev = p } else { lastDelim = p }
    if p >= 0 { delims[p].next = n }
  }

  /// Matches closers with openers above `bottom` and builds emphasis nodes.
  mutating func processEmphasis(_ bottom: Int) {
    if lastDelim == bottom { return }
    for k in openersBottom.indices { openersBottom[k] = bottom }
    var candidate = lastDelim
    while candidate >= 0, delims[candidate].prev != bottom { candidate = delims[candidate].prev }
    var closer = candidate
    while closer >= 0 {
      let cd = delims[closer]
      guard cd.canClose else {
        closer = cd.next
        continue
      }
      // cmark-gfm 0.29 keys the bottoms by character and run length only.
      let slot = (cd.char == 0x2A ? 0 : 3) + cd.origLength % 3
      var opener = cd.prev
      var found = false
      while opener >= 0 && opener != bottom && opener != openersBottom[slot] {
        let od = delims[opener]
        if od.canOpen && od.char == cd.char {
          let oddMatch =
            (cd.canOpen || od.canClose) && cd.origLength % 3 != 0
            && (od.origLength + cd.origLength) % 3 == 0
          if !oddMatch {
            found = true
            break
          }
        }
        opener = od.prev
      }
      let oldCloser = closer
      if found {
        closer = insertEmphasis(opener, closer)
      } else {
        closer = cd.next
        openersBottom[slot] = delims[oldCloser].prev
        if !cd.canOpen { removeDelimiter(oldCloser) }
      }
    }
    while lastDelim >= 0 && lastDelim != bottom { removeDelimiter(lastDelim) }
  }

  /// Wraps the inlines between `opener` and `closer` in emphasis; returns the next closer.
  private mutating func insertEmphasis(_ opener: Int, _ closer: Int) -> Int {
    let openerNode = delims[opener].node
    let closerNode = delims[closer].node
    var openerChars = Int(tree.nodes[Int(openerNode)].literalCount)
    var closerChars = Int(tree.nodes[Int(closerNode)].literalCount)
    let use = closerChars >= 2 && openerChars >= 2 ? 2 : 1
    openerChars -= use
    closerChars -= use
    tree.nodes[Int(openerNode)].literalCount -= Int32(use)
    tree.nodes[Int(closerNode)].literalCount -= Int32(use)
    var d = delims[closer].prev
    while d >= 0 && d != opener {
      let p = delims[d].prev
      removeDelimiter(d)
      d = p
    }
    let emph = tree.make(use == 1 ? .emphasis : .strong)
    var t = tree.nodes[Int(openerNode)].next
    while t >= 0 && t != closerNode {
      let nx = tree.nodes[Int(t)].next
      tree.append(t, to: emph)
      t = nx
    }
    tree.insert(emph, after: openerNode)
    tree.nodes[Int(emph)].startLine = tree.nodes[Int(openerNode)].startLine
    tree.nodes[Int(emph)].startColumn = tree.nodes[Int(openerNode)].startColumn
    tree.nodes[Int(emph)].endLine = tree.nodes[Int(closerNode)].endLine
    tree.nodes[Int(emph)].endColumn = tree.nodes[Int(closerNode)].endColumn
    if tree.nodes[Int(openerNode)].byteStart >= 0 && tree.nodes[Int(closerNode)].byteStart >= 0 {
      let u = Int32(use)
      tree.nodes[Int(emph)].byteStart = tree.nodes[Int(openerNode)].byteEnd - u
      tree.nodes[Int(emph)].byteEnd = tree.nodes[Int(closerNode)].byteStart + u
      tree.nodes[Int(openerNode)].byteEnd -= u
      tree.nodes[Int(closerNode)].byteStart += u
    }
    if openerChars == 0 {
      tree.unlink(openerNode)
      removeDelimiter(opener)
    }
    var next = closer
    if closerChars == 0 {
      tree.unlink(closerNode)
      next = delims[closer].next
      removeDelimiter(closer)
    }
    return next
  }
}

extension Unicode {
  /// cmark's `cmark_utf8proc_is_space`.
  static func isSpaceCodepoint(_ c: UInt32) -> Bool {
    c == 9 || c == 10 || c == 12 || c == 13 || c == 32 || c == 160 || c == 0x1680
      || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000
  }

  /// cmark's `cmark_utf8proc_is_punctuation`: ASCII punctuation or a Unicode P* scalar.
  static func isPunctCodepoint(_ c: UInt32) -> Bool {
    if c < 0x80 { return Escapes.isPunct(UInt8(c)) }
    guard let scalar = Unicode.Scalar(c) else { return false }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default: return false
    }
  }
}
