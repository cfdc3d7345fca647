/// Attribute-mapping tables: source → target rows, matching flags and precedence footnotes.
extension ExtractionState {
  /// What each column of a mapping table holds, read from its header.
  struct Columns {
    var source: Int?
    var target: Int?
    var type: Int?
    var matching: Int?
    var precedence: Int?
  }

  /// Classifies header cells in any order; nil when the table is not a mapping table.
  func columns(_ header: [String]) -> Columns? {
    var c = Columns()
    let idp = profile.detect + ["source", "identity provider", "idp"]
    for (i, raw) in header.enumerated() {
      let h = TextSearch.lowercased(raw)
      if TextSearch.contains("precedence", in: h) {
        c.precedence = c.precedence ?? i
      } else if TextSearch.contains("match", in: h) {
        c.matching = c.matching ?? i
      } else if TextSearch.contains("mapping type", in: h) || h == "type" {
        c.type = c.type ?? i
      } else if ["target", "scim", "customappsso"].contains(where: {
        TextSearch.contains($0, in: h)
      }) {
        c.target = c.target ?? i
      } else if idp.contains(where: { TextSearch.contains($0, in: h) }) {
        c.source = c.source ?? i
      }
    }
    if c.source == nil, c.target != nil, c.target != 0,
      header.first?.lowercased().contains("attribute") == true
    {
      c.source = 0
    }
    guard c.source != nil, c.target != nil else { return nil }
    return c
  }

  /// Reads `table` (with the paragraphs after it, for `*` footnotes) into requirements.
  mutating func readMappingTable(
    _ table: MarkupNode, footnotes: [Sentence], severity: Severity, context: StepContext
  ) {
    let rows = table.children.map { row in row.children.map { cellText($0) } }
    guard let header = rows.first, let cols = columns(header), let s = cols.source,
      let tg = cols.target
    else { return }
    var precedence: [String: Int] = [:]
    for f in footnotes where f.has([.precedence]) {
      let values = f.tokens.compactMap(\.value)
      if let attr = values.first, let last = values.last, let n = Int(last) { precedence[attr] = n }
    }
    var mappings: [ManifestValue] = []
    var matching: [(String, String, Int?)] = []
    for row in rows.dropFirst() where row.count > max(s, tg) {
      let starred = row[s].contains("*")
      let source = clean(row[s])
      let target = clean(row[tg])
      guard !source.isEmpty, !target.isEmpty else { continue }
      if let pc = cols.precedence, pc < row.count, let n = Int(clean(row[pc])) {
        precedence[source] = n
      }
      var m: [String: ManifestValue] = ["source": .string(source), "target": .string(target)]
      if let ty = cols.type, ty < row.count, !clean(row[ty]).isEmpty {
        m["type"] = .string(clean(row[ty]).lowercased())
      }
      // A matching column, or a notes cell "Used as the matching attribute."
      let isMatch =
        cols.matching.map { $0 < row.count && ValueMapping.bool(clean(row[$0])) == true }
        ?? row.indices.contains { c in c != s && c != tg && TableReader.namesMatching(row[c]) }
      m["matching"] = .bool(isMatch || precedence[source] != nil)
      mappings.append(.object(m))
      if isMatch || precedence[source] != nil || (starred && cols.matching != nil) {
        matching.append((source, target, precedence[source]))
      }
    }
    guard !mappings.isEmpty else { return }
    let headerLine = file.lineText(file.line(of: table.byteRange.lowerBound))
    let sentence = Sentence(
      tokens: [], text: TextSearch.trimmed(headerLine), byteRange: table.byteRange)
    let obj = context.object
    require(
      "/\(obj)/mappings", .contains, .array(mappings), severity: severity, sentence: sentence,
      procedure: context.procedure)
    matching.sort { ($0.2 ?? Int.max) < ($1.2 ?? Int.max) }
    if !matching.isEmpty {
      let value: [ManifestValue] = matching.enumerated().map { i, m in
        .object(["source": .string(m.0), "target": .string(m.1), "precedence": .int(m.2 ?? i + 1)])
      }
      require(
        "/\(obj)/matching", .equals, .array(value), severity: severity, sentence: sentence,
        procedure: context.procedure)
    }
  }

  private func cellText(_ cell: MarkupNode) -> String {
    TextSearch.replacing("\t", with: " ", in: cell.plainText)
  }

  /// Cell text without footnote stars and surrounding space.
  private func clean(_ s: String) -> String {
    TextSearch.trimmed(
      ASCIIText.replacing("*", with: "", in: s) ?? TextSearch.replacing("*", with: "", in: s))
  }
}
