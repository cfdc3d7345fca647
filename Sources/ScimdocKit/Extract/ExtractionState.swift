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

  init(file: SourceFile, profile: ProviderProfile, folded: FoldedProfile) {
    self.file = file
    self.profile = profile
    self.folded = folded
  }

  /// True when any bold label may be a monitoring place (a fact).
  var watchesLabels: Bool { !folded.monitoring.isEmpty }

  /// The span of `byteRange` in this page.
  func span(_ byteRange: Range<Int>) -> SourceSpan { SourceSpan(file, byteRange) }

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
