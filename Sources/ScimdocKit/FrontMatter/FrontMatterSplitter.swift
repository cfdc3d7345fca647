/// Where a page's front matter block lies.
///
/// The block opens with a `---` line at the very start of the file (after a
/// BOM, which ``SourceFile`` drops) and closes at the next line that is `---`,
/// optionally followed by spaces or tabs.
public struct FrontMatterSplit: Sendable, Equatable {
  /// The byte range of the YAML text between the two `---` lines.
  public var yamlBytes: Range<Int>
  /// The first byte after the closing `---` line (and its terminator).
  public var bodyStart: Int
  /// The 1-based page line of the YAML's first line (2 for a normal page).
  public var yamlStartLine: Int
  /// The 1-based line of the closing `---`.
  public var closingLine: Int
  /// The whole block, from the opening `-` to the last `-` of the closing line.
  public var range: SourceRange
}

/// Finds the front matter block of a page.
public enum FrontMatterSplitter {
  /// Splits `file` into front matter and body.
  ///
  /// - Returns: nil when the first line is not `---` (a page without front
  ///   matter is allowed here; a later check reports it where required).
  /// - Throws: ``InputError/Message/frontMatterUnterminated`` at the opening
  ///   line when no closing `---` line follows.
  public static func split(_ file: SourceFile) throws(InputError) -> FrontMatterSplit? {
    guard isDelimiter(file, line: 1) else { return nil }
    let lines = file.lineStarts.count
    var line = 2
    while line <= lines {
      if file.lineStarts[line - 1] >= file.bytes.count { break }
      if isDelimiter(file, line: line) {
        let yamlStart = lines >= 2 ? file.lineStarts[1] : file.bytes.count
        let yamlEnd = file.lineStarts[line - 1]
        let bodyStart = line < lines ? file.lineStarts[line] : file.bytes.count
        let closeStart = file.lineStarts[line - 1]
        let range = SourceRange(
          start: file.location(at: 0), end: file.location(at: closeStart + 2))
        return FrontMatterSplit(
          yamlBytes: yamlStart..<max(yamlStart, yamlEnd), bodyStart: bodyStart,
          yamlStartLine: 2, closingLine: line, range: range)
      }
      line += 1
    }
    throw InputError(in: file, at: 0, .frontMatterUnterminated)
  }

  /// True when line `line` is `---` followed only by spaces or tabs.
  static func isDelimiter(_ file: SourceFile, line: Int) -> Bool {
    let range = file.lineByteRange(line)
    guard range.count >= 3 else { return false }
    let bytes = file.bytes
    let start = range.lowerBound
    guard bytes[start] == 0x2D, bytes[start + 1] == 0x2D, bytes[start + 2] == 0x2D else {
      return false
    }
    var i = start + 3
    while i < range.upperBound {
      if bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
      i += 1
    }
    return true
  }
}
