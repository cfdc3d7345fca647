import Foundation

/// Attribute-mapping tables wherever a page puts them: in prose or in list
/// items, with or without outer pipes, with missing cells or a notes column,
/// the target column first or second, and pipe rows Markdown took for code.
struct TableReader {
  let vocabulary: Vocabulary
  let profile: ProviderProfile

  /// What the header says each column holds.
  struct Columns {
    var target: Int
    var source: Int?
    var matching: Int?
    /// Known only from the rows: every target must read as a SCIM name
    /// (`userName`, `name.givenName`, `urn:...`), lowercase first.
    var fromRows = false
  }

  func read(
    table: MarkupNode, leadIn: [Clause], context: FrameReader.Context,
    state: inout ExtractionState
  ) {
    // The rule pass read this table already.
    if state.requirements.contains(where: { $0.source == state.span(table.byteRange) }) {
      state.readTables.append(table.byteRange)
      return
    }
    let rows = table.children.map { row in row.children.map { TableReader.clean($0.plainText) } }
    read(rows: rows, range: table.byteRange, leadIn: leadIn, context: context, state: &state)
  }

  /// A column headed by a URL setting the profile knows ("Tenant URL"), one
  /// row per region or plan: the URL, or, when the rows differ in one part,
  /// a template with that part as a placeholder named by the first column.
  private func readURLColumns(
    rows: [[String]], range: Range<Int>, context: FrameReader.Context,
    state: inout ExtractionState
  ) {
    guard let header = rows.first, rows.count >= 2 else { return }
    for (i, cell) in header.enumerated() {
      guard let setting = profile.setting(forLabel: cell), setting.type == "url" else { continue }
      var urls: [String] = []
      for row in rows.dropFirst() where i < row.count {
        let url = row[i].trimmedSpaces
        guard URLTemplate.looksLikeEndpoint(url, marked: true) else { return }
        let plain = url.hasSuffix("/") ? String(url.dropLast()) : url
        if !urls.contains(where: { $0.caseInsensitiveCompare(plain) == .orderedSame }) {
          urls.append(plain)
        }
      }
      let name = i == 0 ? "value" : Slug.github(header[0])
      guard !urls.isEmpty, let url = URLTemplate.template(of: urls, name: name) else { continue }
      let sentence = Sentence(
        tokens: [], text: header.joined(separator: " | "), byteRange: range)
      state.add(
        ExtractionState.key(setting, object: context.object),
        URLTemplate.isTemplate(url) ? .matches : .equals, .string(url),
        severity: context.optional ? .note : .error, secret: false, sentence: sentence,
        procedure: context.procedure)
    }
  }

  func read(
    literal: String, range: Range<Int>, leadIn: [Clause], context: FrameReader.Context,
    state: inout ExtractionState
  ) {
    let lines = literal.split(separator: "\n").map { String($0).trimmedSpaces }
    guard lines.count >= 3, lines.allSatisfy({ $0.contains("|") }) else { return }
    let rows = lines.filter { !$0.allSatisfy { "|-: ".contains($0) } }.map { line in
      var cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        TableReader.clean(String($0))
      }
      if line.hasPrefix("|") { cells.removeFirst() }
      if line.hasSuffix("|"), !cells.isEmpty { cells.removeLast() }
      return cells
    }
    read(rows: rows, range: range, leadIn: leadIn, context: context, state: &state)
  }

  /// "Delete all the attributes except: - userName - active": a list of
  /// attribute names under a sentence about attributes, fields or mappings.
  /// An item may describe its attribute after it ("`userName` – the email",
  /// "`title` ← Job title", "`userName` (required)"); with an arrow to a
  /// second code span ("`mail` → `emails`") the attribute is the one pointed at.
  func read(
    attributeList list: MarkupNode, leadIn: [Clause], context: FrameReader.Context,
    state: inout ExtractionState
  ) {
    guard let last = leadIn.last?.folded, list.children.count >= 2 else { return }
    let lead = leadIn.map(\.folded).joined()
    // A lead-in that ends on attributes or mappings may list plain names; one
    // that names them earlier, or names fields, lists them as code spans.
    let plainNames = last.has("attribute") || last.has("mapping")
    guard
      plainNames || lead.has("attribute") || lead.has("mapping") || lead.has(" mapped ")
        || lead.has(" field"),
      !lead.has("claim"), !lead.has("saml"), !lead.has("assertion")
    else { return }
    if (last.has(" delete ") || last.has(" remove ")) && !last.has(" except") {
      return
    }
    var names: [String] = []
    for item in list.children {
      guard item.children.count == 1, let p = item.children.first, case .paragraph = p.kind,
        plainNames || Self.opensWithCode(p),
        let name = Self.attributeItem(p)
      else { return }
      names.append(name)
    }
    state.readTables.append(list.byteRange)
    let object = objectOf(targets: names, leadIn: leadIn, context: context)
    let sentence = Sentence(tokens: [], text: leadIn.last?.text ?? "", byteRange: list.byteRange)
    state.add(
      "/\(object)/mappings", .contains, .array(names.map { .object(["target": .string($0)]) }),
      severity: context.optional ? .note : .error, secret: false, sentence: sentence,
      procedure: context.procedure)
  }

  /// The attribute a list item names: the whole item, or its first code span
  /// followed by nothing or by a separator and a description.
  static func attributeItem(_ paragraph: MarkupNode) -> String? {
    let children = paragraph.children
    var name = TableReader.clean(paragraph.plainText)
    if case .code(let code)? = children.first?.kind {
      let rest = children.dropFirst()
      let after = rest.map(\.plainText).joined().trimmedSpaces
      name = code.trimmedSpaces
      if after.hasPrefix("→") || after.hasPrefix("->") {
        // "`mail` → `emails[type eq "work"].value`": the target follows the arrow.
        let codes = rest.compactMap { node -> String? in
          if case .code(let text) = node.kind { return text }
          return nil
        }
        guard let target = codes.first else { return nil }
        name = target.trimmedSpaces
      } else if !after.isEmpty, !Self.itemSeparators.contains(where: { after.hasPrefix($0) }) {
        return nil
      }
    }
    guard TableReader.isAttribute(name), name.contains(where: { $0.isLowercase }) else {
      return nil
    }
    return name
  }

  /// True when the paragraph starts with a code span.
  private static func opensWithCode(_ paragraph: MarkupNode) -> Bool {
    if case .code? = paragraph.children.first?.kind { return true }
    return false
  }

  /// What may follow an attribute's code span in a list item before its description.
  private static let itemSeparators = ["–", "—", "-", ":", "←", "<-", "(", ",", "="]

  private func read(
    rows: [[String]], range: Range<Int>, leadIn: [Clause], context: FrameReader.Context,
    state: inout ExtractionState
  ) {
    state.readTables.append(range)
    guard let header = rows.first else { return }
    readURLColumns(rows: rows, range: range, context: context, state: &state)
    guard let cols = columns(header) else { return }
    var items: [ManifestValue] = []
    var matching: [(String, Int)] = []
    var targets: [String] = []
    var bad = 0
    for row in rows.dropFirst() {
      guard cols.target < row.count else { continue }
      let target = row[cols.target]
      guard !target.isEmpty else { continue }
      guard TableReader.isAttribute(target) else {
        bad += 1
        continue
      }
      if cols.fromRows, target.first?.isLowercase != true { return }
      var m: [String: ManifestValue] = ["target": .string(target)]
      if let s = cols.source, s < row.count, !row[s].isEmpty { m["source"] = .string(row[s]) }
      if let mc = cols.matching, mc < row.count {
        let cell = Clause.fold(row[mc])
        if let n = Int(cell), n > 0 {
          matching.append((target, n))
        } else if ["yes", "true", "x", "✓", "✔", "matching"].contains(cell) {
          matching.append((target, matching.count + 1))
        }
      }
      targets.append(target)
      items.append(.object(m))
    }
    guard !items.isEmpty, bad <= items.count else { return }
    let object = objectOf(targets: targets, leadIn: leadIn, context: context)
    let headerText = header.joined(separator: " | ")
    let sentence = Sentence(tokens: [], text: headerText, byteRange: range)
    let severity: Severity = context.optional ? .note : .error
    state.add(
      "/\(object)/mappings", .contains, .array(items), severity: severity, secret: false,
      sentence: sentence, procedure: context.procedure)
    if !matching.isEmpty {
      let value: [ManifestValue] = matching.sorted { $0.1 < $1.1 }.map {
        .object(["target": .string($0.0), "precedence": .int($0.1)])
      }
      state.add(
        "/\(object)/matching", .equals, .array(value), severity: severity, secret: false,
        sentence: sentence, procedure: context.procedure)
    }
  }

  /// Users or groups: the rows, then the lead-in sentence, then the section.
  private func objectOf(targets: [String], leadIn: [Clause], context: FrameReader.Context) -> String
  {
    let lower = Set(targets.map { $0.lowercased() })
    if lower.contains("username") || lower.contains("emails[type eq \"work\"].value") {
      return "users"
    }
    if lower.contains("members") && !lower.contains("username") { return "groups" }
    let text = " " + leadIn.map { Clause.fold($0.text) }.joined(separator: " ") + " "
    let groups = Vocabulary.any(vocabulary.groupWords, in: text)
    let users = Vocabulary.any(vocabulary.userWords, in: text)
    if groups && !users { return "groups" }
    if users && !groups { return "users" }
    return context.object
  }

  /// The columns of a mapping table, or nil when the header is not one's.
  func columns(_ header: [String]) -> Columns? {
    let folded = header.map { " " + Clause.fold($0) + " " }
    if folded.contains(where: { h in
      vocabulary.nonMappingHeaders.contains { Clause.contains(h, $0) } && !h.has("attribute")
    }) {
      // A claims, settings or feature table, unless another column is an attribute one.
      if !folded.contains(where: { $0.contains("attribute") }) { return nil }
    }
    if folded.contains(where: { $0.contains("claim") || $0.contains("saml") }) { return nil }
    // "Display name | Value": the values of one setting, listed; not attributes mapped.
    if folded.contains(" value "), !folded.contains(where: { $0.contains("attribute") }) {
      return nil
    }
    var target: Int?
    var source: Int?
    var matching: Int?
    var attributeColumns: [Int] = []
    for (i, h) in folded.enumerated() {
      let described =
        [" required ", " supported ", " filter", " description ", " notes ", " note ", " type "]
        .contains { h.has($0) } && !h.has("attribute")
      if Vocabulary.any(vocabulary.matchingHeaders, in: h), !h.has("attribute") {
        matching = matching ?? i
        continue
      }
      if described { continue }
      let isAttribute =
        h.has("attribute") || h.has(" name ") || h.has(" property ")
        || h.has(" field ") || h.trimmedSpaces == "scim"
      let namesSource =
        vocabulary.sourceHeaders.contains { h.has(" " + $0) }
        || profile.detect.contains { h.has($0) }
      let namesTarget = vocabulary.targetHeaders.contains { h.has($0) }
      if namesTarget, target == nil, !(namesSource && !h.has("scim")) {
        target = i
      } else if namesSource, source == nil, isAttribute || h.has("source") {
        source = i
      } else if isAttribute {
        attributeColumns.append(i)
      }
    }
    if target == nil { target = attributeColumns.first { $0 != source } }
    if source == nil, let t = target { source = attributeColumns.first { $0 != t } }
    // "| PingOne | Example |": two columns headed by the provider and the
    // app; the app's is the target (its rows must still be attribute names).
    if target == nil, folded.count == 2, matching == nil {
      let provider = folded.indices.filter { i in profile.detect.contains { folded[i].has($0) } }
      if provider.count == 1, let p = provider.first {
        return Columns(target: 1 - p, source: p, matching: nil, fromRows: true)
      }
    }
    guard let t = target else { return nil }
    if source == t { source = nil }
    return Columns(target: t, source: source, matching: matching)
  }

  /// A SCIM or provider attribute name: no sentence, no prose.
  static func isAttribute(_ s: String) -> Bool {
    guard s.count <= 120, let first = s.first, first.isLetter || first == "_" else { return false }
    // Spaces only inside a filter (`emails[type eq "work"].value`).
    var depth = 0
    for ch in s {
      switch ch {
      case "[": depth += 1
      case "]": depth -= 1
      case " " where depth == 0: return false
      default:
        if depth == 0, !(ch.isLetter || ch.isNumber || "._:-$@".contains(ch)) { return false }
      }
    }
    return depth == 0
  }

  /// A cell's text without footnote stars, code ticks, `&#x2a;` or notes in brackets.
  static func clean(_ s: String) -> String {
    var t = stripped(s)
    // "userName (required)": the note is not part of the name.
    if let open = t.firstIndex(of: "("), !t[..<open].contains("["), open > t.startIndex {
      t = String(t[..<open]).trimmedSpaces
    }
    return t
  }

  /// `s` with tabs made spaces, `&#x2a;` removed, then code ticks, stars and
  /// backslashes removed, trimmed of white space; one pass over the bytes
  /// (Foundation's `replacingOccurrences` made tables a hot spot).
  static func stripped(_ s: String) -> String {
    let star = Array("&#x2a;".utf8)
    let p = Array(s.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(p.count)
    var i = 0
    while i < p.count {
      let b = p[i]
      if b == UInt8(ascii: "&"), i + star.count <= p.count,
        star.indices.allSatisfy({ p[i + $0] == star[$0] })
      {
        i += star.count
        continue
      }
      switch b {
      case UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "\\"): break
      case 0x09: out.append(0x20)
      default: out.append(b)
      }
      i += 1
    }
    // ASCII white space at the ends; anything else is Foundation's to judge.
    func blank(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
    var lo = 0
    var hi = out.count
    while lo < hi, blank(out[lo]) { lo += 1 }
    while hi > lo, blank(out[hi - 1]) { hi -= 1 }
    let text = String(decoding: out[lo..<hi], as: UTF8.self)
    guard lo < hi, out[lo] >= 0x80 || out[hi - 1] >= 0x80 else { return text }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
