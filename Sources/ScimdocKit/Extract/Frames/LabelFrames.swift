import Foundation

/// The label-value frame: a sentence naming a setting the profile knows
/// (bold, quoted, in code, in a shortcode or plainly) and a value for it
/// (a code span, a bare URL, a bold choice, a switch word), in any order.
final class LabelFrames: Sendable {
  let vocabulary: Vocabulary
  let profile: ProviderProfile
  /// Every setting label, folded once, with its words: a label one of whose
  /// words the sentence lacks is not searched for.
  private let labels: [(setting: Int, folded: String, words: WordMask, pattern: Bool)]
  /// The labels' words alone, tested for every sentence.
  private let labelWords: [WordMask]
  /// The folded labels without a `*`, for ``knows(label:)``.
  private let plainLabels: Set<String>
  /// The profile's check buttons and the vocabulary's, folded.
  private let buttons: [String]
  private let buttonWords: [WordMask]
  /// The words of every phrase ``read(_:context:state:)`` looks for, for ``mayRead(_:)``.
  private let triggers: [PhraseWords]
  /// Enum value phrases of several words, folded: (setting index, folded phrase, neutral value).
  private let valuePhrases: [(setting: Int, folded: String, words: WordMask, neutral: String)]
  /// The shared vocabulary's statements with `{object}` spelled out, folded
  /// once per process: (folded phrase, its fixed words, key, value).
  private let statements = LabelFrames.sharedStatements
  private static let sharedStatements = expanded(Vocabulary.shared)
  /// The statements' words for ``mayRead(_:)``, made once per process.
  private static let statementTriggers = sharedStatements.map {
    PhraseWords($0.folded.replacingOccurrences(of: "*", with: " "))
  }

  private static func expanded(_ vocabulary: Vocabulary) -> [(
    folded: String, words: WordMask, key: String, value: Bool, negative: Bool
  )] {
    vocabulary.statements.flatMap { statement in
      [("users", vocabulary.userWords), ("groups", vocabulary.groupWords)].flatMap {
        object, words in
        words.map { word in
          let folded = Clause.fold(
            statement.phrase.replacingOccurrences(of: "{object}", with: word))
          return (
            folded, WordMask(folded.replacingOccurrences(of: "*", with: " ")),
            statement.key.replacingOccurrences(of: "{object}", with: object), statement.value,
            // "does not support group provisioning": the phrase holds its own negation.
            Vocabulary.any(vocabulary.negations, in: " " + folded + " ")
          )
        }
      }
    }
  }

  /// The matcher for `profile` with the shared vocabulary, built once per
  /// profile and process: every page and section reading with the same
  /// profile shares its folded labels.
  static func shared(for profile: ProviderProfile) -> LabelFrames {
    cache.lock.lock()
    defer { cache.lock.unlock() }
    if let known = cache.entries.first(where: { $0.profile == profile }) { return known }
    let frames = LabelFrames(vocabulary: Vocabulary.shared, profile: profile)
    // Merged profiles can differ page by page: the cache stays small.
    if cache.entries.count >= 32 { cache.entries.removeFirst() }
    cache.entries.append(frames)
    return frames
  }

  private final class Cache: @unchecked Sendable {
    let lock = NSLock()
    /// Few: one per profile pages read with, the oldest dropped first.
    var entries: [LabelFrames] = []
  }
  private static let cache = Cache()

  init(vocabulary: Vocabulary, profile: ProviderProfile) {
    self.vocabulary = vocabulary
    self.profile = profile
    labels = profile.settings.enumerated().flatMap { i, setting in
      setting.labels.map {
        let folded = Clause.fold($0)
        return (i, folded, WordMask(folded), $0.utf8.contains(UInt8(ascii: "*")))
      }
    }
    labelWords = labels.map(\.words)
    plainLabels = Set(labels.filter { !$0.pattern }.map(\.folded))
    buttons = profile.verify.map { Clause.fold($0) } + vocabulary.verify
    buttonWords = buttons.map { WordMask($0) }
    valuePhrases = profile.settings.enumerated().flatMap { i, setting in
      setting.type == "enum"
        ? (setting.values ?? [:]).filter { $0.key.utf8.contains(0x20) }.map {
          let folded = Clause.fold($0.key)
          return (i, folded, WordMask(folded), $0.value)
        }
        : []
    }
    triggers =
      (labels.map(\.folded) + valuePhrases.map(\.folded) + buttons).map { PhraseWords($0) }
      + vocabulary.roleCues.paragraphWords
      + (MatchingSteps.prosePhrases + MatchingSteps.leadingPhrases).map { PhraseWords($0) }
      + LabelFrames.statementTriggers
  }

  /// True when `label` is, whole, a label of one of the profile's settings.
  func knows(label: String) -> Bool { plainLabels.contains(Clause.fold(label)) }

  /// False when a paragraph with these words holds nothing ``read(_:context:state:)``
  /// looks for: no label, value phrase, role cue, check button or statement.
  func mayRead(_ words: ParagraphWords) -> Bool {
    triggers.contains { words.covers($0) }
  }

  /// One setting named in a sentence.
  struct Mention {
    var setting: ProviderProfile.Setting
    /// Index of the piece that names it.
    var piece: Int
    /// Offset of the label's end in the folded sentence.
    var end: String.Index
    var start: String.Index
    var marked: Bool
  }

  func read(_ clause: Clause, context: FrameReader.Context, state: inout ExtractionState) {
    let folded = clause.folded
    readVerify(clause, folded: folded, state: &state)
    MatchingSteps.readProse(clause, context: context, state: &state)
    readRole(clause, folded: folded, context: context, state: &state)
    readStatements(clause, folded: folded, context: context, state: &state)
    let mentions = self.mentions(in: clause, folded: folded)
    if mentions.isEmpty, !context.skipped {
      readValuePhrases(clause, folded, context: context, state: &state)
    }
    guard !mentions.isEmpty else {
      // "Enter your Tenant URL as one of the following: ... `https://...`".
      if let id = state.awaitingValue, let url = urlValue(clause, after: -1) {
        state.upgrade(id, to: URLTemplate.isTemplate(url) ? .matches : .equals, .string(url))
        state.awaitingValue = nil
      }
      return
    }
    let sentence = Sentence(tokens: [], text: clause.text, byteRange: clause.byteRange)
    let negated = isNegated(clause, at: mentions[0])
    let conditional =
      vocabulary.conditionals.contains { folded.hasPrefix(" " + $0) }
      || vocabulary.conditionalsAnywhere.contains { folded.has($0) }
    let severity: Severity =
      conditional || context.optional ? .note : (FrameModality.severity(folded) ?? .error)
    var seen: Set<String> = []
    // A list item that is only a label takes its switch from the list's lead-in.
    let bare =
      mentions.count == 1 && clause.pieces.count <= 2
      && Clause.fold(clause.text).count <= Clause.fold(mentions[0].setting.labels.first ?? "").count
        + 3
    for m in mentions {
      let key = ExtractionState.key(m.setting, object: context.object)
      guard seen.insert(key + "|" + (m.setting.sets ?? "")).inserted else { continue }
      var found = frame(m, clause, folded, negated: negated, mentions: mentions)
      if found == nil, bare, let on = context.listSwitch {
        found = switched(m.setting, on: on)
      }
      guard let (op, value) = found else { continue }
      if conditional, negated { continue }
      if m.setting.type == "url", op == .present { state.awaitingValue = key }
      // "Leave X off until ..., then set it to On": the final state replaces
      // what the rule pass read from the same sentence.
      if Vocabulary.any(vocabulary.interim, in: clause) {
        let span = state.span(clause.byteRange)
        state.requirements.removeAll { $0.key == key && $0.source.line == span.line }
      }
      let secret = m.setting.type == "secret"
      let quote = secret ? Self.masked(clause) : sentence
      state.add(
        key, op, value, severity: severity, secret: secret, sentence: quote,
        procedure: context.procedure)
      // What filling it in says besides ("**SCIM Bearer Token**": bearer authentication).
      if [.present, .equals, .matches].contains(op) {
        for (implied, v) in (m.setting.implies ?? [:]).sorted(by: { $0.key < $1.key }) {
          state.add(
            implied, .equals, .string(v), severity: severity, secret: false, sentence: quote,
            procedure: context.procedure)
        }
      }
    }
  }

  /// The sentence with every code span and URL shown as `(secret)`: a literal
  /// credential never reaches a quote.
  static func masked(_ clause: Clause) -> Sentence {
    var pieces = clause.pieces
    for i in pieces.indices {
      switch pieces[i].kind {
      case .code, .url: pieces[i].text = "(secret)"
      default: break
      }
    }
    let text = Clause(pieces: pieces, byteRange: clause.byteRange).text
    return Sentence(
      tokens: [Token(kind: .word(text), original: text, byteRange: clause.byteRange)], text: text,
      byteRange: clause.byteRange)
  }

  // MARK: - Settings named

  /// The settings the sentence names, in order, the longest label at a place winning.
  func mentions(in clause: Clause, folded: String) -> [Mention] {
    var out: [Mention] = []
    for n in labelWords.indices where clause.mayHave(labelWords[n]) {
      let (index, wanted, _, pattern) = labels[n]
      do {
        guard
          let r = pattern
            ? LabelFrames.find(wanted, in: folded) : Clause.wordRange(of: wanted, in: folded)
        else { continue }
        // The piece holding it: labels in link texts are references, not settings.
        var offset = folded.index(after: folded.startIndex)
        var hit: Int?
        var marked = false
        for (i, p) in clause.pieces.enumerated() {
          let t = Clause.fold(p.text.trimmedSpaces)
          if t.isEmpty { continue }
          let end =
            folded.index(offset, offsetBy: t.count, limitedBy: folded.endIndex) ?? folded.endIndex
          if r.lowerBound < end, r.upperBound > offset {
            hit = i
            if case .link = p.kind { hit = nil }
            marked = p.kind == .label || p.kind == .code
            break
          }
          offset = folded.index(end, offsetBy: 1, limitedBy: folded.endIndex) ?? folded.endIndex
        }
        guard let piece = hit else { continue }
        // A pattern label ("Synchronize * users to *") counts only as a UI name.
        if pattern, !marked { continue }
        if out.contains(where: { $0.start <= r.lowerBound && $0.end >= r.upperBound }) { continue }
        let setting = profile.settings[index]
        out.removeAll { r.lowerBound <= $0.start && r.upperBound >= $0.end }
        out.append(
          Mention(
            setting: setting, piece: piece, end: r.upperBound, start: r.lowerBound, marked: marked))
      }
    }
    return out.sorted { $0.start < $1.start }
  }

  /// `label` in `folded` as whole words; `*` in a label stands for one to six words.
  static func find(_ label: String, in folded: String) -> Range<String.Index>? {
    guard label.utf8.contains(UInt8(ascii: "*")) else {
      return Clause.wordRange(of: label, in: folded)
    }
    let parts = label.components(separatedBy: "*").map { $0.trimmedSpaces }
    guard let head = parts.first, !head.isEmpty else { return nil }
    var from = folded.startIndex
    while let start = Clause.wordRange(of: head, in: folded, from: from) {
      var end = start.upperBound
      var matched = true
      for part in parts.dropFirst() {
        // One to six words, then the next fixed part (none at the end: one word).
        let rest = folded[end...]
        let words = rest.split(separator: " ", maxSplits: 7, omittingEmptySubsequences: true)
        guard let first = words.first, !first.contains(where: { ".,;:".contains($0) }) else {
          matched = false
          break
        }
        if part.isEmpty {
          end = first.endIndex
          continue
        }
        var found: Range<String.Index>?
        var cursor = first.endIndex
        for (i, word) in words.enumerated() where i < 7 {
          if i > 0, let r = Clause.wordRange(of: part, in: folded, from: cursor),
            r.lowerBound == word.startIndex
          {
            found = r
            break
          }
          if word.contains(where: { ".,;:".contains($0) }) { break }
          cursor = word.endIndex
        }
        guard let r = found else {
          matched = false
          break
        }
        end = r.upperBound
      }
      if matched { return start.lowerBound..<end }
      from = folded.index(after: start.lowerBound)
    }
    return nil
  }

  // MARK: - Values

  /// The requirement a mention yields in its sentence, if any.
  private func frame(
    _ m: Mention, _ clause: Clause, _ folded: String, negated: Bool, mentions: [Mention]
  ) -> (RequirementOp, ManifestValue?)? {
    let instructs = instructs(clause, m)
    switch m.setting.type {
    case "url":
      guard !negated else { return nil }
      if let url = urlValue(clause, after: m.piece) {
        return (URLTemplate.isTemplate(url) ? .matches : .equals, .string(url))
      }
      return instructs ? (.present, nil) : nil
    case "secret":
      return instructs && !negated ? (.present, nil) : nil
    case "field":
      // "In the **Admin Password** box, type ...": filling the field in says which kind is used.
      guard instructs, !negated, let v = m.setting.sets else { return nil }
      return (.equals, .string(v))
    case "enum", "list":
      let values = valueWords(m.setting, in: clause, folded, after: m)
      guard var chosen = values.last ?? nil else { return nil }
      // "You have two options: **A** and **B**": a choice unless a verb picks one.
      if m.setting.type == "enum", Set(values.compactMap { $0 }).count > 1,
        !Vocabulary.any(vocabulary.interim, in: clause)
      {
        guard let picked = pickedValue(m.setting, folded) else { return nil }
        chosen = picked
      }
      if m.setting.type == "list" {
        let all = values.compactMap { $0 }
        // "Uncheck **Delete**", "clear **Delete**": values a verb turns off are left out.
        let removed =
          Vocabulary.any(vocabulary.offVerbs, in: clause)
          && !Vocabulary.any(vocabulary.onVerbs, in: clause)
        // A reason beside it ("as the API does not support deleting") does not turn it back.
        return negated || removed
          ? (.excludes, .array(all.map { .string($0) }))
          : (.contains, .array(all.map { .string($0) }))
      }
      return negated ? (.notEquals, .string(chosen)) : (.equals, .string(chosen))
    case "bool", "trigger":
      guard let on = polarity(folded, m, mentions) ?? ownVerb(m, folded) else { return nil }
      let state = negated ? !on : on
      if m.setting.type == "trigger", let v = m.setting.sets {
        if m.setting.key.hasSuffix("/actions") {
          return (state ? .contains : .excludes, .array([.string(v)]))
        }
        return state ? (.equals, .string(v)) : (.notEquals, .string(v))
      }
      return (.equals, .bool(state))
    case "attribute":
      guard let v = attributeValue(clause, after: m.piece) else { return nil }
      return negated ? (.excludes, .array([.string(v)])) : (.contains, .array([.string(v)]))
    default:
      return nil
    }
  }

  /// "1. Enable SCIM provisioning": a step that opens with a switch whose own
  /// label starts with a switch verb does what the label says.
  private func ownVerb(_ m: Mention, _ folded: String) -> Bool? {
    guard m.start == folded.index(after: folded.startIndex) else { return nil }
    let label = " " + String(folded[m.start..<m.end]) + " "
    // Only "Enable ...": an off verb in a label ("Deactivate Users") names an action, not a switch.
    if vocabulary.onVerbs.contains(where: { label.hasPrefix(" \($0) ") }) { return true }
    return nil
  }

  /// The value word a verb picks ("select **B**", "set it to **B**"), if one does.
  private func pickedValue(_ setting: ProviderProfile.Setting, _ folded: String) -> String? {
    let verbs = vocabulary.selectVerbs + vocabulary.enterVerbs + ["to"]
    for (word, neutral) in setting.values ?? [:] {
      let w = Clause.fold(word)
      if verbs.contains(where: {
        folded.has(" \($0) \(w)") || folded.has(" \($0) the \(w)")
      }) {
        return neutral
      }
    }
    return nil
  }

  /// "Make sure that you select Bearer Authentication": a value phrase of an
  /// enum setting picked without naming the setting; "B will not work" forbids it.
  func readValuePhrases(
    _ clause: Clause, _ folded: String, context: FrameReader.Context, state: inout ExtractionState
  ) {
    for (index, w, first, neutral) in valuePhrases where clause.mayHave(first) {
      let setting = profile.settings[index]
      do {
        guard let r = Clause.wordRange(of: w, in: folded) else { continue }
        let key = ExtractionState.key(setting, object: context.object)
        let sentence = Sentence(tokens: [], text: clause.text, byteRange: clause.byteRange)
        let negated = isNegated(clause, r)
        let before = String(folded[..<r.lowerBound])
        let picked = (vocabulary.selectVerbs + ["use"]).contains { before.hasSuffix(" \($0) ") }
        if negated, !picked {
          state.add(
            key, .notEquals, .string(neutral), severity: .error, secret: false, sentence: sentence,
            procedure: context.procedure)
        } else if picked, !negated {
          state.add(
            key, .equals, .string(neutral), severity: FrameModality.severity(folded) ?? .error,
            secret: false, sentence: sentence, procedure: context.procedure)
        }
      }
    }
  }

  /// A switch setting turned on or off by a list's lead-in ("Enable the following:").
  func switched(_ setting: ProviderProfile.Setting, on: Bool) -> (RequirementOp, ManifestValue?)? {
    switch setting.type {
    case "bool": return (.equals, .bool(on))
    case "trigger":
      guard let v = setting.sets else { return nil }
      if setting.key.hasSuffix("/actions") {
        return (on ? .contains : .excludes, .array([.string(v)]))
      }
      return on ? (.equals, .string(v)) : (.notEquals, .string(v))
    default: return nil
    }
  }

  /// The switch a list's lead-in sentence gives its items, if it gives one.
  func leadInSwitch(_ clauses: [Clause]) -> Bool? {
    guard let last = clauses.last else { return nil }
    let negated = Vocabulary.any(vocabulary.negations, in: last)
    if Vocabulary.any(vocabulary.offVerbs, in: last) { return negated }
    if Vocabulary.any(vocabulary.onVerbs, in: last) { return !negated }
    // "**Supported provisioning actions:**": a lead-in that names its items as
    // supported or required turns them on ("Not supported:" turns them off).
    if Vocabulary.any(vocabulary.onLeadWords, in: last) { return !negated }
    return nil
  }

  /// True when the sentence tells the reader to supply the setting.
  private func instructs(_ clause: Clause, _ m: Mention) -> Bool {
    if Vocabulary.any(vocabulary.enterVerbs, in: clause) { return true }
    let folded = clause.folded
    // "**Tenant URL**: `...`" and "Tenant URL field".
    let after = folded[m.end...].drop {
      $0 == " " || $0 == "\"" || $0 == "'" || $0 == "*" || $0 == ")"
    }
    if after.hasPrefix(":") || after.hasPrefix("-") || after.hasPrefix("=") { return true }
    // "**SCIM connector base URL:**": the colon inside the bold, where folding drops it.
    if clause.pieces[m.piece].endsWithColon { return true }
    return vocabulary.fieldWords.contains { after.hasPrefix($0 + " ") || after == Substring($0) }
  }

  /// The URL the sentence gives: a bare URL, an autolink or a code span shaped like one.
  private func urlValue(_ clause: Clause, after piece: Int) -> String? {
    // "For example, ... `https://acme.example.net`": an illustration, not the
    // endpoint; a URL before the marker ("the format `{host}/scim` (for
    // example, https://...)") is still the value.
    let example = clause.pieces.firstIndex { p in
      p.kind == .text && vocabulary.exampleMarkers.contains { Clause.fold(p.text).has($0) }
    }
    let candidates = clause.pieces.enumerated().compactMap { i, p -> (Int, String)? in
      switch p.kind {
      case .url, .code, .label:
        let t = p.text.trimmedSpaces
        return URLTemplate.looksLikeEndpoint(t, marked: p.kind != .url) ? (i, t) : nil
      default: return nil
      }
    }
    guard let example else {
      return (candidates.first { $0.0 > piece } ?? candidates.first).map(\.1)
    }
    if let before = candidates.last(where: { $0.0 < example }) { return before.1 }
    return exampleTemplate(clause, from: example, candidates: candidates)
  }

  /// "For example, if your account is `acme` ..., the URL is
  /// `https://acme.example.net/scim`": the example's own values, where the
  /// URL holds them as whole parts, are its placeholders
  /// (`https://{account}.example.net/scim`). Nil when the URL holds none.
  private func exampleTemplate(
    _ clause: Clause, from example: Int, candidates: [(Int, String)]
  ) -> String? {
    guard let (at, url) = candidates.first(where: { $0.0 > example }) else { return nil }
    var template = url
    var replaced = false
    for i in (example + 1)..<at where clause.pieces[i].kind == .code {
      let value = clause.pieces[i].text.trimmedSpaces
      guard value.count >= 2, !value.contains(" "), !value.contains("/"),
        let range = URLTemplate.wholePart(value, in: template)
      else { continue }
      template.replaceSubrange(range, with: "{\(placeholderName(clause, at: i))}")
      replaced = true
    }
    return replaced ? template : nil
  }

  /// A placeholder's name from the words around the example value: the noun
  /// right after it ("the `east-us-2` Azure region," → `region`), else the
  /// last words before it ("account name is `acme`" → `account-name`).
  private func placeholderName(_ clause: Clause, at i: Int) -> String {
    func words(_ piece: Piece?) -> [String] {
      guard let piece, piece.kind == .text else { return [] }
      return Clause.fold(piece.text).split(separator: " ").map(String.init)
    }
    let stop = vocabulary.placeholderStopWords
    let after = words(i + 1 < clause.pieces.count ? clause.pieces[i + 1] : nil)
    // Words after the value up to punctuation, when they are a short noun phrase.
    var phrase: [String] = []
    for w in after {
      let bare = w.filter { $0.isLetter || $0 == "-" }
      if stop.contains(bare) || bare.isEmpty { break }
      phrase.append(bare)
      if w.last.map({ ",.;:)".contains($0) }) == true || phrase.count == 2 { break }
    }
    if let last = phrase.last, phrase.count <= 2,
      after.count == phrase.count
        || after[phrase.count - 1].last.map({ ",.;:".contains($0) }) == true
    {
      return last
    }
    let before = words(i > 0 ? clause.pieces[i - 1] : nil).reversed().drop {
      stop.contains($0.filter { $0.isLetter })
    }
    let name = before.prefix { !stop.contains($0.filter { $0.isLetter }) }.prefix(2).reversed()
      .map { $0.filter { $0.isLetter || $0 == "-" } }.filter { !$0.isEmpty }
    return name.isEmpty ? "value" : name.joined(separator: "-")
  }

  /// A target attribute given to a setting: the next code or bold piece.
  private func attributeValue(_ clause: Clause, after piece: Int) -> String? {
    for p in clause.pieces.dropFirst(piece + 1) where p.kind == .code || p.kind == .label {
      let t = p.text.trimmedSpaces
      if !t.isEmpty, !t.contains(" ") { return t }
    }
    // "**Unique identifier field:** userName": one plain attribute name after the label's colon.
    let following = clause.pieces.dropFirst(piece + 1).prefix { $0.kind == .text }
    guard !following.isEmpty else { return nil }
    var rest = following.map(\.text).joined().trimmedSpaces
    // The colon may sit inside the bold, where the sentence reader drops it:
    // a label that opens the sentence with one word after it reads the same.
    let colon =
      clause.pieces[piece].endsWithColon || rest.hasPrefix(":")
      || (piece == 0 && following.count == clause.pieces.count - 1)
    if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmedSpaces }
    while let last = rest.last, ".;,".contains(last) { rest.removeLast() }
    guard colon, !rest.isEmpty, !rest.contains(" "), TableReader.isAttribute(rest),
      rest.contains(where: { $0.isLowercase })
    else { return nil }
    return rest
  }

  /// The setting's value words in the sentence (neutral values), bold ones first;
  /// with an interim state ("until ..., then ...") the last one wins.
  private func valueWords(
    _ setting: ProviderProfile.Setting, in clause: Clause, _ folded: String, after m: Mention
  ) -> [String?] {
    guard let values = setting.values else { return [] }
    var found: [(String.Index, String)] = []
    for (word, neutral) in values {
      let w = Clause.fold(word)
      var from = folded.startIndex
      while let r = Clause.wordRange(of: w, in: folded, from: from) {
        // The label's own words are not its value ("Provisioning Status" holds no "On").
        if !(r.lowerBound >= m.start && r.upperBound <= m.end) {
          found.append((r.lowerBound, neutral))
        }
        from = folded.index(after: r.lowerBound)
      }
    }
    found.sort { $0.0 < $1.0 }
    var seen: Set<String> = []
    let ordered = found.map(\.1).filter { seen.insert($0).inserted }
    return ordered
  }

  /// On or off: the switch word right after the label ("to **On**", "off"),
  /// else the nearest switch verb before it; selecting a switch turns it on.
  /// With an interim state ("leave it off until ..., then set it to On") the
  /// last switch word wins. Other labels' words ("Deactivate Users") count for nothing.
  private func polarity(_ folded: String, _ m: Mention, _ mentions: [Mention]) -> Bool? {
    var plain = folded
    for other in mentions.sorted(by: { $0.start > $1.start }) {
      plain.replaceSubrange(
        other.start..<other.end,
        with: String(repeating: "·", count: folded[other.start..<other.end].count))
    }
    let end = plain.index(
      plain.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: m.end))
    let start = plain.index(
      plain.startIndex, offsetBy: folded.distance(from: folded.startIndex, to: m.start))
    let words = vocabulary.onWords.map { ($0, true) } + vocabulary.offWords.map { ($0, false) }
    if Vocabulary.any(vocabulary.interim, in: plain) {
      let last = words.compactMap { w, on in
        Clause.lastWordRange(of: w, in: plain).map { ($0.lowerBound, on) }
      }.max { $0.0 < $1.0 }
      if let last { return last.1 }
    }
    // Right after the label: "to On", ": Enabled", "is checked", also after
    // the labels it is listed with ("**A**, **B** and **C** are checked").
    let after = String(Self.pastListed(plain[end...]).prefix(24))
    let soon = words.compactMap { w, on in
      Clause.wordRange(of: w, in: after).map { ($0.lowerBound, on) }
    }
    .min { $0.0 < $1.0 }
    if let soon { return soon.1 }
    // The nearest verb before the label.
    let before = String(plain[..<start])
    let verbs = vocabulary.onVerbs.map { ($0, true) } + vocabulary.offVerbs.map { ($0, false) }
    let nearest = verbs.compactMap { v, on in
      Clause.lastWordRange(of: v, in: before).map { ($0.lowerBound, on, v.count) }
    }.max { ($0.0, $0.2) < ($1.0, $1.2) }
    if let nearest { return nearest.1 }
    if Vocabulary.any(vocabulary.offVerbs, in: String(plain[end...])) { return false }
    if Vocabulary.any(vocabulary.onVerbs, in: String(plain[end...])) { return true }
    return nil
  }

  /// `text` without the labels listed next ("·, ·· and ·" where other
  /// mentions were blanked) that open it.
  private static func pastListed(_ text: Substring) -> Substring {
    var rest = text
    while true {
      let next = rest.drop { $0 == " " || $0 == "," }
      if next.first == "·" {
        rest = next.drop { $0 == "·" }
      } else if next.hasPrefix("and ·") || next.hasPrefix("or ·") {
        rest = next.drop { $0 != "·" }
      } else {
        return rest
      }
    }
  }

  /// A negation of the sentence that governs the mention.
  private func isNegated(_ clause: Clause, at mention: Mention) -> Bool {
    isNegated(clause, mention.start..<mention.end)
  }

  /// True when a negation of the sentence governs the words at `span`.
  private func isNegated(_ clause: Clause, _ span: Range<String.Index>) -> Bool {
    let folded = clause.folded
    guard let r = Vocabulary.first(vocabulary.negations, in: folded, words: clause.words)
    else { return false }
    if r.lowerBound < span.upperBound {
      // "Most teams don't want that, so uncheck **X**": the negation ends its own clause.
      guard r.upperBound < span.lowerBound else { return true }
      let between = folded[r.upperBound..<span.lowerBound]
      return !Self.clauseBreaks.contains { between.contains($0) }
    }
    // "... OAuth 2.0 client credentials, rather than a static token": what
    // "rather than" and "instead of" negate comes after them.
    let phrase = folded[r]
    if phrase.contains("rather than") || phrase.contains("instead of") { return false }
    // "(do not set to Delete)": a negation after the label governs the value it
    // names, unless it gives a reason ("uncheck **X**, as the API does not support it").
    let after = folded[span.upperBound..<r.lowerBound]
    return folded[r.lowerBound...].count < 60 && !Self.reasons.contains { after.contains($0) }
  }

  /// What ends a clause of a sentence: a negation before it governs nothing after it.
  private static let clauseBreaks = [", so ", "; ", ", then ", ", but ", " so that "]
  /// What opens a reason after an instruction.
  private static let reasons = [" because ", " as ", " since ", " so that ", ", so "]

  // MARK: - Statements

  /// "Review the user attributes that are synchronized from A to B": a
  /// sentence that states a switch without naming it. Negated or
  /// conditional sentences state nothing, unless the phrase holds the
  /// negation itself ("does not support group provisioning").
  private func readStatements(
    _ clause: Clause, folded: String, context: FrameReader.Context, state: inout ExtractionState
  ) {
    for s in statements where clause.mayHave(s.words) {
      guard LabelFrames.find(s.folded, in: folded) != nil,
        s.negative || !Vocabulary.any(vocabulary.negations, in: clause),
        // "not supported for A, but is supported for B" limits; it does not state.
        !(s.negative && folded.has(" but ")),
        !vocabulary.conditionals.contains(where: { folded.hasPrefix(" " + $0) }),
        !vocabulary.conditionalsAnywhere.contains(where: { folded.has($0) })
      else { continue }
      let sentence = Sentence(tokens: [], text: clause.text, byteRange: clause.byteRange)
      state.add(
        s.key, .equals, .bool(s.value),
        severity: context.optional ? .note : (FrameModality.severity(folded) ?? .error),
        secret: false, sentence: sentence, procedure: context.procedure)
    }
  }

  // MARK: - Checks and roles

  private func readVerify(_ clause: Clause, folded: String, state: inout ExtractionState) {
    guard folded.has("test") || folded.has("verif"),
      buttons.contains(where: { Clause.contains(folded, $0) })
    else { return }
    guard !state.facts.contains(where: { $0.kind == "testConnection" }) else { return }
    let sentence = Sentence(tokens: [], text: clause.text, byteRange: clause.byteRange)
    state.fact("testConnection", nil, sentence: sentence)
  }

  private func readRole(
    _ clause: Clause, folded: String, context: FrameReader.Context, state: inout ExtractionState
  ) {
    guard Vocabulary.any(vocabulary.roleCues, in: clause)
    else { return }
    let cue =
      context.prerequisites || folded.has(" need") || folded.has(" must ")
      || folded.has(" require") || folded.has(" only ") || folded.has(" at least ")
      || folded.has(" sign in ") || folded.has(" log in ")
      || folded.has(" signed in")
    guard cue else { return }
    // The role: a link whose text names one, else the words before the cue word.
    var role: String?
    var link: String?
    for p in clause.pieces {
      if case .link(let destination) = p.kind,
        Vocabulary.any(vocabulary.roleCues, in: " " + Clause.fold(p.text) + " ")
      {
        role = p.text
        link = destination
        break
      }
    }
    if role == nil {
      let words = clause.text.split(separator: " ").map(String.init)
      if let i = words.firstIndex(where: { w in
        vocabulary.roleCues.contains(Clause.fold(w).trimmingCharacters(in: .punctuationCharacters))
      }) {
        let start = max(0, i - 3)
        role = words[start...i].joined(separator: " ").trimmingCharacters(
          in: .punctuationCharacters)
      }
    }
    guard let role, !role.isEmpty else { return }
    state.prerequisite("role", role, link: link, range: clause.byteRange)
  }
}

/// Severity from the modal words of a folded sentence.
enum FrameModality {
  static func severity(_ folded: String) -> Severity? {
    if [" must ", " required ", " need to ", " needs to ", " have to ", " has to "].contains(
      where: folded.has)
    {
      return .error
    }
    if [" should ", " recommend", " recommended "].contains(where: folded.has) {
      return .warning
    }
    if [" can ", " may ", " optionally ", " optional "].contains(where: folded.has) {
      return .note
    }
    return nil
  }
}
