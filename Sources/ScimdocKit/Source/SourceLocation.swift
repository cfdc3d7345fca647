/// A point in a source file.
///
/// `line` and `column` are 1-based. **Columns count Unicode scalars** (code
/// points) from the start of the line, the unit libyaml reports and SARIF calls
/// `unicodeCodePoints`. `offset` is the 0-based UTF-8 byte offset into the
/// file's bytes (after a leading BOM), from which a UTF-8 byte column can
/// always be recovered with ``SourceFile/byteColumn(of:)``.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable {
  public var line: Int
  public var column: Int
  public var offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.offset < rhs.offset
  }

  /// `line:column`, as printed in diagnostics.
  public var description: String { "\(line):\(column)" }
}

/// A span of source text.
///
/// `start` is the first character; `end` is the **last** character of the
/// span (inclusive, as cmark's `sourcepos` and editors' selections show it).
/// `byteRange` is the same span as a half-open range of UTF-8 byte offsets.
public struct SourceRange: Hashable, Sendable, Codable {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The half-open UTF-8 byte range the span covers.
  public var byteRange: Range<Int> { start.offset..<max(start.offset, end.offset + 1) }

  /// `11:1-11:28`.
  public var description: String { "\(start.line):\(start.column)-\(end.line):\(end.column)" }
}
