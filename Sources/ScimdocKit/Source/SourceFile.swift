/// The bytes of one input file with a line index.
///
/// A leading UTF-8 byte-order mark is dropped (offsets count from after it).
/// Lines end at `\n`, `\r\n` or a lone `\r`; the line terminator belongs to the
/// line it ends. The text is guaranteed to be valid UTF-8.
public struct SourceFile: Sendable {
  /// The path as given by the user (used verbatim in diagnostics).
  public let path: String
  /// The file's bytes, without a leading BOM.
  public let bytes: [UInt8]
  /// True when the file started with a UTF-8 BOM.
  public let hadBOM: Bool
  /// Byte offset of the first byte of each line (line 1 is index 0).
  public let lineStarts: [Int]
  /// Scalars before each block of ``scalarBlock`` bytes, so a column costs
  /// at most one block of counting however long the line (a 300 KB line
  /// with 60k nodes made dumping quadratic).
  let scalarCheckpoints: [Int]
  static let scalarBlock = 512
  /// True when every byte is ASCII, so columns are byte counts.
  let isASCII: Bool

  /// Makes a source file from bytes, validating UTF-8.
  ///
  /// - Throws: ``InputError`` naming the offset, line and column of the first
  ///   invalid byte.
  public init(path: String, bytes input: [UInt8]) throws(InputError) {
    var bytes = input
    var bom = false
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      bytes.removeFirst(3)
      bom = true
    }
    self.path = path
    self.bytes = bytes
    self.hadBOM = bom
    let (lineStarts, checkpoints, ascii) = bytes.withUnsafeBufferPointer { p in
      let (checkpoints, ascii) = ByteScan.scalarCheckpoints(p, block: SourceFile.scalarBlock)
      return (ByteScan.lineStarts(p), checkpoints, ascii)
    }
    self.lineStarts = lineStarts
    self.scalarCheckpoints = checkpoints
    self.isASCII = ascii
    if !ascii, let bad = UTF8Validation.firstInvalidByte(in: bytes) {
      throw InputError(
        path: path, location: location(at: bad),
        message: .invalidUTF8(offset: bad + (bom ? 3 : 0)), lineText: nil)
    }
  }

  /// Makes a source file from a Swift string (always valid UTF-8).
  public init(path: String, text: String) {
    let bytes = Array(text.utf8)
    self.path = path
    self.hadBOM = false
    self.bytes = bytes
    (self.lineStarts, (self.scalarCheckpoints, self.isASCII)) = bytes.withUnsafeBufferPointer {
      p in (ByteScan.lineStarts(p), ByteScan.scalarCheckpoints(p, block: SourceFile.scalarBlock))
    }
  }

  /// Number of scalars (non-continuation bytes) in `bytes[0..<offset]`.
  private func scalarsBefore(_ offset: Int) -> Int {
    let block = offset / SourceFile.scalarBlock
    let count = scalarCheckpoints[min(block, scalarCheckpoints.count - 1)]
    let from = min(block, scalarCheckpoints.count - 1) * SourceFile.scalarBlock
    return count + scalars(from, offset)
  }

  /// Number of scalars (non-continuation bytes) in `bytes[from..<to]`.
  private func scalars(_ from: Int, _ to: Int) -> Int {
    bytes.withUnsafeBufferPointer { p in ByteScan.scalarCount(p, from: from, to: to) }
  }

  /// Number of lines (a final line terminator does not open a new line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// The 1-based line holding byte `offset`.
  public func line(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The location of byte `offset` (clamped to the file).
  public func location(at offset: Int) -> SourceLocation {
    let clamped = min(max(offset, 0), bytes.count)
    let line = line(of: clamped)
    let start = lineStarts[line - 1]
    // Count scalars: every byte that is not a UTF-8 continuation byte.
    let column: Int
    if isASCII {
      column = 1 + clamped - start
    } else if clamped - start <= SourceFile.scalarBlock {
      column = 1 + scalars(start, clamped)
    } else {
      column = 1 + scalarsBefore(clamped) - scalarsBefore(start)
    }
    return SourceLocation(line: line, column: column, offset: clamped)
  }

  /// The span of bytes `range` (half-open), with an inclusive end.
  public func range(_ range: Range<Int>) -> SourceRange {
    let start = location(at: range.lowerBound)
    let end = range.upperBound > range.lowerBound ? location(at: range.upperBound - 1) : start
    return SourceRange(start: start, end: end)
  }

  /// The 1-based UTF-8 byte column of `location`.
  public func byteColumn(of location: SourceLocation) -> Int {
    location.offset - lineStarts[location.line - 1] + 1
  }

  /// Byte range of line `line` (1-based) without its terminator.
  public func lineByteRange(_ line: Int) -> Range<Int> {
    guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// The text of line `line` (1-based) without its terminator.
  public func lineText(_ line: Int) -> String {
    String(decoding: bytes[lineByteRange(line)], as: UTF8.self)
  }

  /// The text of a byte range.
  public func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
  }
}
