/// A list marker found at the start of a line.
struct ListMarker {
  var length: Int
  var ordered: Bool
  var bulletChar: UInt8
  var delimiter: UInt8
  var start: Int
  var padding = 0
  var markerOffset = 0
}

/// Line scanners for block starts (cmark's re2c scanners, by hand).
extension BlockParser {
  /// `#{1,6}` followed by spaces/tabs or the line end; the matched length.
  mutating func scanATXHeadingStart(_ pos: Int) -> Int {
    var i = pos
    while peek(i) == UInt8(ascii: "#") { i += 1 }
    let hashes = i - pos
    guard hashes >= 1, hashes <= 6 else { return 0 }
    let c = peek(i)
    if c == 0x0A || c == 0x0D { return hashes + 1 }
    guard c == 0x20 || c == 0x09 else { return 0 }
    while peek(i) == 0x20 || peek(i) == 0x09 { i += 1 }
    return i - pos
  }

  /// An opening fence: the fence length, or 0.
  mutating func scanOpenCodeFence(_ pos: Int) -> Int {
    let f = peek(pos)
    var i = pos
    while peek(i) == f { i += 1 }
    let n = i - pos
    guard n >= 3 else { return 0 }
    while true {
      let c = peek(i)
      if c == 0x0A || c == 0x0D { return n }
      if c == 0 || (f == 0x60 && c == 0x60) { return 0 }
      i += 1
    }
  }

  /// A closing fence: the fence length, or 0.
  mutating func scanCloseCodeFence(_ pos: Int) -> Int {
    let f = peek(pos)
    var i = pos
    while peek(i) == f { i += 1 }
    let n = i - pos
    guard n >= 3 else { return 0 }
    while peek(i) == 0x20 || peek(i) == 0x09 { i += 1 }
    let c = peek(i)
    return c == 0x0A || c == 0x0D ? n : 0
  }

  /// A setext underline: 1 for `=`, 2 for `-`, else 0.
  mutating func scanSetextLine(_ pos: Int) -> Int {
    let f = peek(pos)
    var i = pos
    while peek(i) == f { i += 1 }
    while peek(i) == 0x20 || peek(i) == 0x09 { i += 1 }
    let c = peek(i)
    guard c == 0x0A || c == 0x0D else { return 0 }
    return f == 0x3D ? 1 : 2
  }

  /// A thematic break at `pos`: its length, or 0 (remembering where scanning failed).
  mutating func scanThematicBreak(_ pos: Int) -> Int {
    let c = peek(pos)
    guard c == 0x2A || c == 0x5F || c == 0x2D else {
      thematicBreakKillPos = pos
      return 0
    }
    var count = 1
    var i = pos
    var next: UInt8 = 0
    while true {
      i += 1
      next = peek(i)
      if next == 0 { break }
      if next == c {
        count += 1
      } else if next != 0x20 && next != 0x09 {
        break
      }
    }
    if count >= 3 && (next == 0x0A || next == 0x0D) { return i - pos + 1 }
    thematicBreakKillPos = i
    return 0
  }

  /// A list marker at `pos`, or nil (stricter when it would interrupt a paragraph).
  mutating func parseListMarker(_ pos: Int, interruptsParagraph: Bool) -> ListMarker? {
    var i = pos
    let c = peek(i)
    if c == 0x2A || c == 0x2D || c == 0x2B {
      i += 1
      guard isSpaceByte(peek(i)) else { return nil }
      if interruptsParagraph {
        var j = i
        while peek(j) == 0x20 || peek(j) == 0x09 { j += 1 }
        if peek(j) == 0x0A || peek(j) == 0x0D { return nil }
      }
      return ListMarker(length: 1, ordered: false, bulletChar: c, delimiter: 0, start: 0)
    }
    guard c >= 0x30 && c <= 0x39 else { return nil }
    var start = 0
    var digits = 0
    repeat {
      start = start * 10 + Int(peek(i) - 0x30)
      i += 1
      digits += 1
    } while digits < 9 && peek(i) >= 0x30 && peek(i) <= 0x39
    if interruptsParagraph && start != 1 { return nil }
    let d = peek(i)
    guard d == 0x2E || d == 0x29 else { return nil }
    i += 1
    guard isSpaceByte(peek(i)) else { return nil }
    if interruptsParagraph {
      var j = i
      while peek(j) == 0x20 || peek(j) == 0x09 { j += 1 }
      if peek(j) == 0x0A || peek(j) == 0x0D { return nil }
    }
    return ListMarker(length: i - pos, ordered: true, bulletChar: 0, delimiter: d, start: start)
  }
}
