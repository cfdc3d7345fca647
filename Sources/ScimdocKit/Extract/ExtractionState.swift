/// What extraction has found so far, with helpers that keep ids stable and unique.
struct ExtractionState {
  let file: SourceFile
  let profile: ProviderProfile
  /// The profile's labels, folded once.
  let folded: FoldedProfile
  var requirements: [Requirement] = []
  var facts: [Fact] = []
  var notes: [ManifestNote] = []
  var prerequisites: [Prerequisite] = []
  private var idCounts: [String: Int] = [:]

  /// The page as written, when extraction reads a dialect-filtered copy (`file`).
  var original: (file: SourceFile, filter: DialectFilter)?

  init(file: SourceFile, profile: ProviderProfile, folded: FoldedProfile) {
    self.file = file
    self.profile = profile
    self.folded = folded
  }

  /// The key of a URL the page asked for without giving it yet: the next URL
  /// in the same step is its value.
  var awaitingValue: String?
  /// SCIM URLs the page shows alone in a code block, in page order.
  var shownEndpoints: [String] = []
  /// Tables (and attribute lists) the frame pass has read, by byte range.
  var readTables: [Range<Int>] = []
  /// "Map `a` to `b`" steps read so far: source → target.
  var mappedTargets: [String: String] = [:]
  /// Steps that turn matching on or off for an attribute, in page order.
  var matchingStatements: [MatchingSteps.Statement] = []

  /// Gives a `present` requirement of `key` its value.
  mutating func upgrade(_ key: String, to op: RequirementOp, _ value: ManifestValue) {
    guard let i = requirements.lastIndex(where: { $0.key == key && $0.op == .present }),
      !requirements[i].secret
    else { return }
    requirements[i].op = op
    requirements[i].value = value
  }

  /// The lines of the provider's tab or section the frame pass is reading, if any.
  var sectionLines: Range<Int>?

  /// Adds a requirement found by the frame pass, unless the key already has
  /// one (a scalar) or the same items (a list) in the same provider's tab or
  /// section.
  mutating func add(
    _ key: String, _ op: RequirementOp, _ value: ManifestValue?, severity: Severity,
    secret: Bool, sentence: Sentence, procedure: String?
  ) {
    let lines = sectionLines
    let existing = requirements.filter {
      $0.key == key && (lines.map { [line = $0.source.line] in $0.contains(line) } ?? true)
    }
    if case .array(let items)? = value, op == .contains || op == .excludes {
      let known = existing.filter { $0.op == op }.flatMap { r -> [ManifestValue] in
        if case .array(let a)? = r.value { return a }
        return []
      }
      let fresh = items.filter { !known.contains($0) }
      guard !fresh.isEmpty else { return }
      require(
        key, op, .array(fresh), severity: severity, secret: secret, sentence: sentence,
        procedure: procedure)
      return
    }
    if let first = existing.first {
      // A value for a key the page only asked for so far.
      if first.op == .present, op != .present, let value, !first.secret {
        upgrade(key, to: op, value)
      }
      return
    }
    require(
      key, op, value, severity: severity, secret: secret, sentence: sentence, procedure: procedure)
  }

  /// True when any bold label may be a monitoring place (a fact).
  var watchesLabels: Bool { !folded.monitoring.isEmpty }

  /// The span of `byteRange` in this page.
  func span(_ byteRange: Range<Int>) -> SourceSpan {
    guard let original else { return SourceSpan(file, byteRange) }
    return SourceSpan(original.file, original.filter.originalRange(byteRange))
  }

  /// Adds a requirement; its id is `procedure + key`, numbered when repeated.
  mutating func require(
    _ key: String, _ op: RequirementOp, _ value: ManifestValue?, severity: Severity,
    secret: Bool = false, sentence: Sentence, procedure: String?
  ) {
    let base = (procedure ?? "page") + key
    let n = (idCounts[base] ?? 0) + 1
    idCounts[base] = n
    requirements.append(
      Requirement(
        id: n == 1 ? base : "\(base)#\(n)", key: key, op: op, value: secret ? nil : value,
        severity: severity, secret: secret, source: span(sentence.byteRange),
        quote: secret ? Self.masked(sentence) : sentence.text,
        procedure: procedure))
  }

  /// The sentence with every code span replaced, so a literal credential never leaks.
  static func masked(_ sentence: Sentence) -> String {
    Tokenizer.text(
      of: sentence.tokens.map { t in
        guard t.value != nil else { return t }
        return Token(kind: .value("(secret)"), original: "(secret)", byteRange: t.byteRange)
      })
  }

  /// Adds a note for what could not be turned into a requirement.
  mutating func note(_ kind: String, _ message: String, sentence: Sentence) {
    notes.append(
      ManifestNote(
        kind: kind, message: message, source: span(sentence.byteRange), quote: sentence.text))
  }

  /// Adds a fact once (same kind and text).
  mutating func fact(_ kind: String, _ value: ManifestValue?, sentence: Sentence) {
    let text = sentence.text
    guard !facts.contains(where: { $0.kind == kind && $0.text == text }) else { return }
    facts.append(Fact(kind: kind, text: text, value: value, source: span(sentence.byteRange)))
  }

  /// Adds a prerequisite once (same kind and link or text).
  mutating func prerequisite(_ kind: String, _ text: String, link: String?, range: Range<Int>) {
    guard
      !prerequisites.contains(where: { $0.kind == kind && ($0.link ?? $0.text) == (link ?? text) })
    else { return }
    prerequisites.append(Prerequisite(kind: kind, text: text, link: link, source: span(range)))
  }
}

/// Where a sentence sits: its procedure, the object it configures, the field in focus.
struct StepContext {
  var procedure: String?
  /// `users` or `groups`, for keys written `/{object}/...`.
  var object = "users"
  /// The severity when the sentence has no modal word.
  var defaultSeverity: Severity = .error
  /// The last field named without a value ("the **Scope** field defines ...").
  var field: String?
  /// True inside a numbered step (actions are recorded).
  var inStep = true
  /// UI places named earlier in the same step ("Under **Settings**, ...").
  var path: [String] = []
}
