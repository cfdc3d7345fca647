import Foundation

/// Matching attributes set in steps rather than in a table: "Map `a` to `b`
/// and change its **Matching precedence** to `2`", "**Target attribute** to
/// `externalId`" with "**Match objects using this attribute** to `Yes`" in
/// the same step, "Click the `a` mapping and change **Match objects using
/// this attribute** to `No`".
///
/// A step says which attribute it is about and whether it matches on it; the
/// smallest list item that says both is read. The last step about an
/// attribute wins: one that turns matching off after another turned it on
/// leaves a requirement that the attribute is not matched on.
struct MatchingSteps {
  let vocabulary: Vocabulary
  /// The profile's matching labels of two words or more, folded.
  let labels: [String]

  init(vocabulary: Vocabulary, profile: ProviderProfile) {
    self.vocabulary = vocabulary
    labels = profile.matching.map { Clause.fold($0) }.filter { $0.contains(" ") }
  }

  /// One step's statement about an attribute.
  struct Statement {
    var object: String
    var attribute: String
    var matches: Bool
    var sentence: Sentence
    var severity: Severity
    var procedure: String?
  }

  /// What a list item (with its nested lists) says, if it names a matching
  /// label with a state and an attribute.
  private struct Reading {
    var clause: Clause
    var matches: Bool
    var attribute: String
  }

  /// Reads `item` (a list item) and records a statement when it is the
  /// smallest item that names both a matching state and an attribute.
  func read(
    _ item: MarkupNode, file: SourceFile, context: FrameReader.Context,
    state: inout ExtractionState
  ) {
    guard labels.contains(where: { Self.holds($0, item, in: file) }),
      let found = reading(of: item, file: file, mapped: state.mappedTargets)
    else {
      remember(item, file: file, state: &state)
      return
    }
    remember(item, file: file, state: &state)
    // A nested step that says both is read on its own.
    if descendants(of: item).contains(where: { inner in
      labels.contains(where: { Self.holds($0, inner, in: file) })
        && reading(of: inner, file: file, mapped: state.mappedTargets) != nil
    }) {
      return
    }
    let folded = found.clause.folded
    let severity: Severity = context.optional ? .note : (FrameModality.severity(folded) ?? .error)
    state.matchingStatements.append(
      Statement(
        object: object(of: item, file: file, context: context), attribute: found.attribute,
        matches: found.matches,
        sentence: Sentence(tokens: [], text: found.clause.text, byteRange: found.clause.byteRange),
        severity: severity, procedure: context.procedure))
  }

  /// The requirements the page's statements leave: per object and
  /// attribute, the last statement wins.
  static func flush(_ state: inout ExtractionState) {
    let statements = state.matchingStatements
    state.matchingStatements = []
    for (i, s) in statements.enumerated()
    where !statements[(i + 1)...].contains(where: {
      $0.object == s.object && $0.attribute == s.attribute
    }) {
      state.add(
        "/\(s.object)/matching", s.matches ? .contains : .excludes, .array([.string(s.attribute)]),
        severity: s.severity, secret: false,
        sentence: s.sentence, procedure: s.procedure)
    }
  }

  /// True when the item's source holds `word` (lowercase ASCII, any case in
  /// the source): the cheap test before any sentence is read.
  static func holds(_ word: String, _ item: MarkupNode, in file: SourceFile) -> Bool {
    let range = item.byteRange.clamped(to: 0..<file.bytes.count)
    return TextSearch.mayContain(word, in: file.bytes[range], ignoringCase: true)
  }

  /// "Map `a` to `b`" steps, remembered so a later "the `a` mapping" means `b`.
  private func remember(_ item: MarkupNode, file: SourceFile, state: inout ExtractionState) {
    guard Self.holds("map ", item, in: file) else { return }
    for paragraph in ownParagraphs(of: item) {
      for clause in ClauseReader.clauses(of: paragraph, in: file) {
        if let (source, target) = Self.mapped(clause) { state.mappedTargets[source] = target }
      }
    }
  }

  private func reading(of item: MarkupNode, file: SourceFile, mapped: [String: String])
    -> Reading?
  {
    var state: (Clause, Bool)?
    var attribute: String?
    for paragraph in paragraphs(in: item) {
      for clause in ClauseReader.clauses(of: paragraph, in: file) {
        if state == nil, let on = matchState(clause) { state = (clause, on) }
        if attribute == nil { attribute = Self.attribute(clause, mapped: mapped) }
      }
    }
    guard let (clause, on) = state, let attribute else { return nil }
    return Reading(clause: clause, matches: on, attribute: attribute)
  }

  /// On or off, when the clause names a matching label with a state: a yes
  /// or no after it, a precedence number, or a switch verb before it.
  private func matchState(_ clause: Clause) -> Bool? {
    let folded = clause.folded
    guard let label = labels.first(where: { Clause.contains(folded, $0) }),
      let range = Clause.wordRange(of: label, in: folded)
    else { return nil }
    let after = String(folded[range.upperBound...].prefix(32))
    let words = vocabulary.onWords.map { ($0, true) } + vocabulary.offWords.map { ($0, false) }
    let soon = words.compactMap { w, on in
      Clause.wordRange(of: w, in: after).map { ($0.lowerBound, on) }
    }.min { $0.0 < $1.0 }
    if let soon { return soon.1 }
    // "Matching precedence to `1`": a rank is matching.
    if label.contains("precedence"),
      after.split(separator: " ").prefix(4).contains(where: {
        Int($0.trimmingCharacters(in: CharacterSet(charactersIn: ".,;"))) != nil
      })
    {
      return true
    }
    let before = String(folded[..<range.lowerBound])
    let verbs = vocabulary.onVerbs.map { ($0, true) } + vocabulary.offVerbs.map { ($0, false) }
    return verbs.compactMap { v, on in
      Clause.lastWordRange(of: v, in: before).map { ($0.lowerBound, on) }
    }.max { $0.0 < $1.0 }?.1
  }

  /// The attribute a clause is about: the target of "Target attribute to
  /// `x`" or of "Map `a` to `b`", or `x` in "the `x` attribute", "the `x`
  /// mapping" (the target it was mapped to) or "mapping of `x`".
  static func attribute(_ clause: Clause, mapped targets: [String: String]) -> String? {
    let pieces = clause.pieces
    for (i, p) in pieces.enumerated() where isName(p) {
      // The words just before the name ("**Target attribute** to"), colons dropped.
      let lead =
        " "
        + Clause.fold(pieces[max(0, i - 2)..<i].map(\.text).joined(separator: " "))
        .filter { $0 != ":" }.split(separator: " ").joined(separator: " ") + " "
      let after =
        i + 1 < pieces.count
        ? " " + Clause.fold(pieces[i + 1].text).map { ",.;:".contains($0) ? " " : $0 } + " " : " "
      let name = Self.name(p)
      if [" target attribute to ", " target attribute ", " mapping of ", " mapping for "].contains(
        where: lead.hasSuffix)
      {
        return name
      }
      if after.hasPrefix(" mapping ") { return targets[name] ?? name }
      if after.hasPrefix(" attribute ") { return name }
    }
    return mapped(clause)?.target
  }

  /// "Map `a` to `b`": the source and the target.
  static func mapped(_ clause: Clause) -> (source: String, target: String)? {
    let folded = clause.folded
    guard folded.hasPrefix(" map ") || folded.has(" and map "),
      let first = clause.pieces.firstIndex(where: isName),
      first + 2 < clause.pieces.count, isName(clause.pieces[first + 2]),
      Clause.fold(clause.pieces[first + 1].text).trimmedSpaces == "to"
    else { return nil }
    return (name(clause.pieces[first]), name(clause.pieces[first + 2]))
  }

  private static func isName(_ p: Piece) -> Bool {
    guard p.kind == .code || p.kind == .label else { return false }
    let n = name(p)
    return !n.isEmpty && TableReader.isAttribute(n) && n.contains(where: \.isLetter)
  }

  /// A code span's or label's text without the stars a writer put inside the ticks.
  private static func name(_ p: Piece) -> String {
    p.text.filter { $0 != "*" && $0 != "`" }.trimmedSpaces
  }

  /// Users or groups: the item's own words first, then its place.
  private func object(of item: MarkupNode, file: SourceFile, context: FrameReader.Context)
    -> String
  {
    let text = " " + Clause.fold(item.plainText) + " "
    let groups = Vocabulary.any(vocabulary.groupWords, in: text)
    let users = Vocabulary.any(vocabulary.userWords, in: text)
    if groups && !users { return "groups" }
    if users && !groups { return "users" }
    return context.object
  }

  private func ownParagraphs(of item: MarkupNode) -> [MarkupNode] {
    item.children.filter { $0.kind == .paragraph }
  }

  private func paragraphs(in node: MarkupNode) -> [MarkupNode] {
    node.children.flatMap { child -> [MarkupNode] in
      child.kind == .paragraph ? [child] : paragraphs(in: child)
    }
  }

  private func descendants(of item: MarkupNode) -> [MarkupNode] {
    item.children.flatMap { child -> [MarkupNode] in
      (child.kind == .item ? [child] : []) + descendants(of: child)
    }
  }

  /// Phrases that name the matching attribute in prose, after the attribute.
  static let prosePhrases = ["as the matching attribute", "is the matching attribute"]
  /// Phrases that name the matching attribute in prose, before the attribute.
  static let leadingPhrases = [
    "matching attribute is", "matching attribute must be", "matching attribute should be",
    "matching attribute has to be",
  ]
  /// Words that point back at the sentence's subject ("`userName` ... this is the matching attribute").
  private static let pointers: Set<String> = ["this", "it", "which", "that"]

  /// "Example only supports `primaryEmail` as the matching attribute", "the
  /// matching attribute must be `userName`", "`userName` (from `upn`): this
  /// is the matching attribute": a code span or a camel-case name.
  static func readProse(
    _ clause: Clause, context: FrameReader.Context, state: inout ExtractionState
  ) {
    let folded = clause.folded
    guard !context.skipped, Clause.contains(folded, "matching attribute"),
      !Vocabulary.any(Vocabulary.shared.negations, in: clause),
      let name = proseName(clause)
    else { return }
    let severity: Severity =
      context.optional ? .note : (FrameModality.severity(folded) ?? .error)
    state.add(
      "/\(context.object)/matching", .contains, .array([.string(name)]), severity: severity,
      secret: false, sentence: Sentence(tokens: [], text: clause.text, byteRange: clause.byteRange),
      procedure: context.procedure)
  }

  /// The attribute the clause names as the matching one, if any.
  private static func proseName(_ clause: Clause) -> String? {
    let codes = clause.pieces.indices.filter { clause.pieces[$0].kind == .code }
    // The piece that holds the phrase, and whether the attribute comes before or after it.
    for (k, piece) in clause.pieces.enumerated() where piece.kind == .text {
      let text = " " + Clause.fold(piece.text) + " "
      if let phrase = leadingPhrases.first(where: { Clause.contains(text, $0) }) {
        // The phrase ends the piece: the attribute is the next code span.
        guard text.trimmedSpaces.hasSuffix(phrase), let next = codes.first(where: { $0 > k })
        else { continue }
        return attribute(clause.pieces[next].text, coded: true)
      }
      guard let phrase = prosePhrases.first(where: { Clause.contains(text, $0) }),
        let at = piece.text.range(of: phrase, options: .caseInsensitive)
      else { continue }
      let before = piece.text[..<at.lowerBound].split(separator: " ")
      if let word = before.last {
        if pointers.contains(word.lowercased()), let first = codes.first {
          return attribute(clause.pieces[first].text, coded: true)
        }
        return attribute(String(word), coded: false)
      }
      // The phrase opens the piece: the attribute is the code span just before it.
      guard let previous = codes.last(where: { $0 < k }), previous == k - 1 else { return nil }
      return attribute(clause.pieces[previous].text, coded: true)
    }
    return nil
  }

  /// `text` as an attribute name: a code span, or a camel-case or dotted plain name.
  private static func attribute(_ text: String, coded: Bool) -> String? {
    let name = String(text.filter { !"`*\"'(),".contains($0) })
    guard TableReader.isAttribute(name), name.contains(where: \.isLetter),
      coded || name.contains(where: \.isUppercase) || name.contains(".")
    else { return nil }
    return name
  }
}
