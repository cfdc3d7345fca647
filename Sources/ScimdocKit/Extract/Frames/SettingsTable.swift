/// Settings given as a table ("Field | Value", "Setting | What to enter"):
/// a row whose first cell is a label the profile knows reads as that label
/// with a colon and the row's second cell, the way "**Tenant URL**: `...`"
/// reads in a list.
///
/// A table that says which features are supported ("Feature | Supported")
/// lists what the app can do, not what the admin sets, and is not read.
enum SettingsTable {
  static func read(
    _ table: MarkupNode, file: SourceFile, frames: LabelFrames, context: FrameReader.Context,
    state: inout ExtractionState
  ) {
    let rows = table.children
    guard rows.count >= 2, let header = rows.first else { return }
    let headings = header.children.map { " " + Clause.fold($0.plainText) + " " }
    if headings.contains(where: { $0.has("support") || $0.has("available") }) { return }
    for row in rows.dropFirst() {
      let cells = row.children
      guard cells.count >= 2 else { continue }
      let label = TableReader.clean(cells[0].plainText)
      guard !label.isEmpty, frames.knows(label: label),
        let value = ClauseReader.clauses(of: cells[1], in: file).first
      else { continue }
      let name = Piece(
        kind: .label, text: label, byteRange: cells[0].byteRange, endsWithColon: true)
      let clause = Clause(
        pieces: [name] + value.pieces,
        byteRange: cells[0].byteRange.lowerBound..<value.byteRange.upperBound)
      frames.read(clause, context: context, state: &state)
    }
  }
}
