/// One certain edit to a file, part of a finding's fix: replace `length`
/// bytes at `offset` with `text`.
///
/// `offset` counts the bytes of the file as stored (a leading byte-order mark
/// included). `line`/`column` are where the replaced text starts and
/// `endLine`/`endColumn` where it ends, **exclusive** (1-based, columns in
/// Unicode scalars, as SARIF's `deletedRegion`); an insertion has `length` 0
/// and its end equal to its start. The rule that reports a finding computes
/// its edits; `--fix` applies them and SARIF shows them as `fixes`.
public struct FixEdit: Codable, Sendable, Hashable {
  public var offset: Int
  public var length: Int
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var text: String

  public init(
    offset: Int, length: Int, line: Int, column: Int, endLine: Int, endColumn: Int, text: String
  ) {
    self.offset = offset
    self.length = length
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
    self.text = text
  }

  /// Replaces `range` (byte offsets into `file.bytes`, after any BOM) with `text`.
  init(replacing range: Range<Int>, in file: SourceFile, with text: String) {
    let start = file.location(at: range.lowerBound)
    let end = file.location(at: range.upperBound)
    self.init(
      offset: range.lowerBound + (file.hadBOM ? 3 : 0), length: range.count, line: start.line,
      column: start.column, endLine: end.line, endColumn: end.column, text: text)
  }

  /// Inserts `text` at byte `offset` of `file.bytes` (after any BOM).
  init(inserting text: String, at offset: Int, in file: SourceFile) {
    self.init(replacing: offset..<offset, in: file, with: text)
  }

  /// The bytes of the stored file this edit replaces.
  public var byteRange: Range<Int> { offset..<offset + length }
}
