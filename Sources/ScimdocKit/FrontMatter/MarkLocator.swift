/// Turns libyaml's mark indexes into page locations.
///
/// libyaml counts `mark.index` in characters (Unicode scalars) from the start
/// of its input, which here is the YAML text between the `---` lines. The
/// locator walks a cursor over the page's bytes to find the matching byte
/// offset, then gives the location in the page's own lines and scalar columns.
/// Marks arrive in nearly increasing order, so the total work stays linear.
struct MarkLocator {
  let file: SourceFile
  /// The byte range of the YAML text inside `file`.
  let yaml: Range<Int>
  private var cursorIndex = 0
  private var cursorOffset: Int
  /// The line of the last location given (0 before the first), the byte
  /// range of that line, and a byte of it whose column is known.
  private var memoLine = 0
  private var lineLow = 0
  private var lineHigh = 0
  private var memoOffset = 0
  private var memoColumn = 1
  /// The first byte of the line the YAML text starts on, when all bytes from
  /// it to the end of the YAML text are ASCII (the page's body may not be):
  /// there every byte is one scalar and one column. `Int.max` otherwise.
  private let asciiFrom: Int
  /// The page's size in bytes.
  private let byteCount: Int

  init(file: SourceFile, yaml: Range<Int>) {
    self.file = file
    self.yaml = yaml
    self.cursorOffset = yaml.lowerBound
    self.byteCount = file.bytes.count
    let from = file.lineStarts[file.line(of: min(yaml.lowerBound, file.bytes.count)) - 1]
    if file.isASCII {
      asciiFrom = 0
    } else {
      let ascii = file.bytes.withUnsafeBufferPointer { p in
        var any: UInt8 = 0
        for i in from..<min(yaml.upperBound, p.count) { any |= p[i] }
        return any < 0x80
      }
      asciiFrom = ascii ? from : Int.max
    }
  }

  /// The page byte offset of the scalar at `index` of the YAML text.
  @inline(__always)
  mutating func offset(ofScalar index: Int) -> Int {
    // In ASCII text every byte is one scalar.
    if asciiFrom <= yaml.lowerBound { return min(yaml.lowerBound + max(index, 0), yaml.upperBound) }
    let bytes = file.bytes
    while cursorIndex < index && cursorOffset < yaml.upperBound {
      cursorOffset += Self.sequenceLength(bytes[cursorOffset])
      cursorIndex += 1
    }
    while cursorIndex > index && cursorOffset > yaml.lowerBound {
      cursorOffset -= 1
      while cursorOffset > yaml.lowerBound && bytes[cursorOffset] & 0xC0 == 0x80 {
        cursorOffset -= 1
      }
      cursorIndex -= 1
    }
    return min(cursorOffset, yaml.upperBound)
  }

  /// The location of byte `offset` of the page, with a scalar column.
  @inline(__always)
  mutating func location(at offset: Int) -> SourceLocation {
    let clamped = min(max(offset, 0), byteCount)
    // Marks come in nearly increasing order: most are on the last line seen.
    if memoLine == 0 || clamped < lineLow || clamped >= lineHigh { findLine(of: clamped) }
    if lineLow >= asciiFrom && clamped <= yaml.upperBound {
      memoOffset = clamped
      memoColumn = clamped - lineLow + 1
      return SourceLocation(line: memoLine, column: memoColumn, offset: clamped)
    }
    var from = lineLow
    var column = 1
    if memoOffset <= clamped {
      from = memoOffset
      column = memoColumn
    }
    let bytes = file.bytes
    while from < clamped {
      if bytes[from] & 0xC0 != 0x80 { column += 1 }
      from += 1
    }
    memoOffset = clamped
    memoColumn = column
    return SourceLocation(line: memoLine, column: column, offset: clamped)
  }

  /// Makes the line holding byte `offset` the memo line.
  private mutating func findLine(of offset: Int) {
    let starts = file.lineStarts
    var line = 0
    if memoLine > 0, lineLow <= offset {
      // One of the next few lines.
      var next = memoLine
      while next < starts.count, next < memoLine + 4, starts[next] <= offset { next += 1 }
      if next == starts.count || offset < starts[next] { line = next }
    }
    if line == 0 { line = file.line(of: offset) }
    memoLine = line
    lineLow = starts[line - 1]
    lineHigh = line < starts.count ? starts[line] : Int.max
    memoOffset = lineLow
    memoColumn = 1
  }

  /// The range of bytes `start..<end` with an inclusive end, ignoring
  /// trailing spaces and line breaks (block scalars end after their newline).
  @inline(__always)
  mutating func range(from start: Int, to end: Int) -> SourceRange {
    let bytes = file.bytes
    var last = end
    while last > start, Self.isBlank(bytes[last - 1]) { last -= 1 }
    let startLocation = location(at: start)
    guard last > start else { return SourceRange(start: startLocation, end: startLocation) }
    last -= 1
    while last > start && bytes[last] & 0xC0 == 0x80 { last -= 1 }
    return SourceRange(start: startLocation, end: location(at: last))
  }

  /// True for a space, tab or line break.
  @inline(__always)
  private static func isBlank(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
  }

  /// The length of the UTF-8 sequence that `lead` starts.
  private static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
