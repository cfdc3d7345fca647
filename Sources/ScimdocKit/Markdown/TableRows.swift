/// One cell of a GFM table row as found in the source text.
struct TableCellSpan {
  var content: [UInt8]
  var startOffset: Int
  var endOffset: Int
  var internalOffset: Int
  /// Where the trimmed content starts in the row string.
  var contentOffset: Int
}

/// GFM table row scanning (cmark-gfm's `row_from_string` and its scanners).
enum TableRowScanner {
  /// Space, tab, vertical tab or form feed.
  @inline(__always) static func isTableSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C
  }

  /// `|` followed by table spaces: the length, or 0.
  static func cellEnd(_ s: [UInt8], _ i: Int, _ end: Int) -> Int {
    guard i < end, s[i] == UInt8(ascii: "|") else { return 0 }
    var k = i + 1
    while k < end, isTableSpace(s[k]) { k += 1 }
    return k - i
  }

  /// A non-empty run of cell text: the length, or 0.
  static func cell(_ s: [UInt8], _ i: Int, _ end: Int) -> Int {
    var k = i
    while k < end {
      let c = s[k]
      if c == 0x5C, k + 1 < end, s[k + 1] == UInt8(ascii: "|") {
        k += 2
      } else if c != UInt8(ascii: "|") && c != 0x0A && c != 0x0D {
        k += 1
      } else {
        break
      }
    }
    return k - i
  }

  /// Table spaces then a line end: the length, or 0.
  static func rowEnd(_ s: [UInt8], _ i: Int, _ end: Int) -> Int {
    var k = i
    while k < end, isTableSpace(s[k]) { k += 1 }
    if k < end, s[k] == 0x0D {
      k += 1
      // A line's CR terminator ends the row on its own.
      if k == end { return k - i }
    }
    guard k < end, s[k] == 0x0A else { return 0 }
    return k + 1 - i
  }

  /// True when `s[i..<end]` is a delimiter row such as `|:--|--:|`.
  static func isDelimiterRow(_ s: [UInt8], _ i: Int, _ end: Int) -> Bool {
    var k = i
    if k < end, s[k] == UInt8(ascii: "|") { k += 1 }
    /// One `:?-+:?` cell of a delimiter row.
    func delimiter(_ k: inout Int) -> Bool {
      var j = k
      while j < end, isTableSpace(s[j]) { j += 1 }
      if j < end, s[j] == UInt8(ascii: ":") { j += 1 }
      let dashes = j
      while j < end, s[j] == 0x2D { j += 1 }
      guard j > dashes else { return false }
      if j < end, s[j] == UInt8(ascii: ":") { j += 1 }
      while j < end, isTableSpace(s[j]) { j += 1 }
      k = j
      return true
    }
    guard delimiter(&k) else { return false }
    while k < end, s[k] == UInt8(ascii: "|") {
      var j = k + 1
      if delimiter(&j) { k = j } else { break }
    }
    if k < end, s[k] == UInt8(ascii: "|") { k += 1 }
    return rowEnd(s, k, end) > 0
  }

  /// Removes the backslash of every `\|`.
  static func unescapePipes(_ s: ArraySlice<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var k = s.startIndex
    while k < s.endIndex {
      if s[k] == 0x5C, k + 1 < s.endIndex, s[k + 1] == UInt8(ascii: "|") { k += 1 }
      out.append(s[k])
      k += 1
    }
    return out
  }

  /// The cells of the row `s[start..<end]` (offsets relative to `start`) and
  /// the offset where the row starts after leading paragraph lines; nil if not a row.
  static func row(_ s: [UInt8], _ start: Int, _ end: Int) -> (
    cells: [TableCellSpan], paragraphOffset: Int
  )? {
    let len = end - start
    var cells: [TableCellSpan] = []
    var paragraphOffset = 0
    var offset = cellEnd(s, start, end)
    var expectMore = true
    while offset < len && expectMore {
      let cellMatched = cell(s, start + offset, end)
      let pipeMatched = cellEnd(s, start + offset + cellMatched, end)
      if cellMatched > 0 || pipeMatched > 0 {
        let raw = s[(start + offset)..<(start + offset + cellMatched)]
        // Most cells hold no `\|`: trimmed straight from the row, one array.
        let text = raw.contains(0x5C) ? trimmed(unescapePipes(raw)[...]) : trimmed(raw)
        let lead = raw.prefix { isSpaceByte($0) }.count
        var span = TableCellSpan(
          content: text, startOffset: offset, endOffset: offset + cellMatched - 1,
          internalOffset: 0,
          contentOffset: offset + lead)
        while span.startOffset > paragraphOffset,
          s[start + span.startOffset - 1] != UInt8(ascii: "|")
        {
          span.startOffset -= 1
          span.internalOffset += 1
        }
        cells.append(span)
      }
      offset += cellMatched + pipeMatched
      if pipeMatched > 0 {
        expectMore = true
      } else {
        let rowEndLength = rowEnd(s, start + offset, end)
        offset += rowEndLength
        if rowEndLength > 0 && offset != len {
          paragraphOffset = offset
          cells.removeAll()
          offset += cellEnd(s, start + offset, end)
          expectMore = true
        } else {
          expectMore = false
        }
      }
    }
    if offset != len || cells.isEmpty || cells.count > 0xFFFF { return nil }
    return (cells, paragraphOffset)
  }
}
