/// A source line and the padding that puts a caret under one of its columns,
/// with tabs shown as four spaces in both so the caret lines up. Tool errors
/// and text reports quote lines the same way.
enum CaretSnippet {
  /// `lineText` for display, cut to `limit` scalars when given.
  static func line(_ lineText: String, limit: Int? = nil) -> String {
    let shown = limit.map { String(String.UnicodeScalarView(lineText.unicodeScalars.prefix($0))) }
    return expandingTabs(shown ?? lineText)
  }

  /// The blanks before 1-based `column` of `lineText` (tabs kept as tabs, then expanded).
  static func padding(_ lineText: String, column: Int) -> String {
    let lead = lineText.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }
    return expandingTabs(lead.joined())
  }

  static func expandingTabs(_ s: String) -> String {
    s.contains("\t")
      ? s.split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : s
  }
}
