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
  private var memoLine = 0
  private var memoOffset = 0
  private var memoColumn = 1

  init(file: SourceFile, yaml: Range<Int>) {
    self.file = file
    self.yaml = yaml
    self.cursorOffset = yaml.lowerBound
  }

  /// The page byte offset of the scalar at `index` of the YAML text.
  mutating func offset(ofScalar index: Int) -> Int {
    // In ASCII text every byte is one scalar.
    if file.isASCII { return min(yaml.lowerBound + max(index, 0), yaml.upperBound) }
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
  mutating func location(at offset: Int) -> SourceLocation {
    let clamped = min(max(offset, 0), file.bytes.count)
    let starts = file.lineStarts
    // Marks come in nearly increasing order: most are on the last line seen.
    let line: Int
    if memoLine > 0, starts[memoLine - 1] <= clamped,
      memoLine == starts.count || clamped < starts[memoLine]
    {
      line = memoLine
    } else {
      line = file.line(of: clamped)
    }
    if file.isASCII {
      memoLine = line
      return SourceLocation(line: line, column: clamped - starts[line - 1] + 1, offset: clamped)
    }
    var from = starts[line - 1]
    var column = 1
    if line == memoLine && memoOffset <= clamped {
      from = memoOffset
      column = memoColumn
    }
    let bytes = file.bytes
    while from < clamped {
      if bytes[from] & 0xC0 != 0x80 { column += 1 }
      from += 1
    }
    memoLine = line
    memoOffset = clamped
    memoColumn = column
    return SourceLocation(line: line, column: column, offset: clamped)
  }

  /// The range of bytes `start..<end` with an inclusive end, ignoring
  /// trailing spaces and line breaks (block scalars end after their newline).
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
