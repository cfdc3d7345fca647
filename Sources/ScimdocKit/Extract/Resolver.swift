/// Applies a profile to instructions: requirements, notes and step actions.
extension ExtractionState {
  /// Resolves the instructions of `sentence`, returning the UI actions they describe.
  mutating func resolve(_ sentence: Sentence, context: inout StepContext) -> [Action] {
    // With no bold label and no link there is no instruction, UI place or field.
    guard sentence.namesSomething else { return [] }
    let instructions = Rules.instructions(for: sentence)
    let own = Self.uiPath(sentence)
    let path = own.isEmpty ? context.path : context.path + own.filter { !context.path.contains($0) }
    context.path = path
    if let field = Self.namedField(sentence), instructions.isEmpty { context.field = field }
    guard !instructions.isEmpty else { return [] }
    let severity = Modality.severity(of: sentence) ?? context.defaultSeverity
    let negated = Modality.isNegated(sentence)
    let conditional = Modality.isConditional(sentence)
    var actions: [Action] = []
    for instruction in instructions {
      if negated {
        if conditional {
          note(
            "conditional", "conditional negation '\(instruction)' creates no requirement",
            sentence: sentence)
          continue
        }
        if case .toggle = instruction {
        } else {
          note(
            "negated", "negated instruction '\(instruction)' creates no requirement",
            sentence: sentence)
          continue
        }
      }
      switch instruction {
      case .set(let label, let value, let via):
        guard let setting = folded.setting(forLabel: label) else {
          // A matching label is read with the mapping table; an unchecked one is known.
          if !FoldedProfile.contains(folded.matching, label), !folded.isUnchecked(label) {
            note("unmapped-setting", "unmapped setting '\(label)'", sentence: sentence)
          }
          actions.append(
            Action(kind: via, label: label, value: value.text, secret: false, path: path))
          continue
        }
        let key = Self.key(setting, object: context.object)
        let secret = setting.type == "secret"
        if let (op, v) = ValueMapping.neutral(setting, value) {
          require(
            key, op, v, severity: severity, secret: secret, sentence: sentence,
            procedure: context.procedure)
        } else {
          note(
            "unknown-value", "value '\(value.text)' is not known for '\(label)'", sentence: sentence
          )
        }
        actions.append(
          Action(
            kind: via, label: label, value: secret ? nil : value.text, secret: secret, path: path))
      case .toggle(let label, let on):
        let state = negated ? !on : on
        actions.append(
          Action(
            kind: .toggle, label: label, value: state ? "on" : "off", secret: false, path: path))
        guard let i = folded.settingIndex(forFoldedLabel: ProviderProfile.fold(label)),
          let v = folded.toggled(settingAt: i, on: state)
        else {
          if !folded.isUnchecked(label) {
            note("unmapped-setting", "unmapped setting '\(label)'", sentence: sentence)
          }
          continue
        }
        let key = Self.key(folded.setting(at: i), object: context.object)
        require(
          key, .equals, v, severity: severity, sentence: sentence, procedure: context.procedure)
        if state, key.hasSuffix("/enabled") {
          context.object = String(key.dropFirst().prefix { $0 != "/" })
        }
      case .selectMany(let under, let values):
        actions.append(
          Action(
            kind: .choose, label: under, value: values.joined(separator: ", "), secret: false,
            path: path))
        guard let setting = folded.setting(forLabel: under) else {
          if !folded.isUnchecked(under) {
            note("unmapped-setting", "unmapped setting '\(under)'", sentence: sentence)
          }
          continue
        }
        let mapped = values.compactMap { ValueMapping.lookup(setting, $0) }
        let key = Self.key(setting, object: context.object)
        require(
          key, .equals, .array(mapped.map { .string($0) }), severity: severity, sentence: sentence,
          procedure: context.procedure)
      case .choose(let value):
        actions.append(
          resolveChoice(value, sentence: sentence, severity: severity, path: path, context: context)
        )
      case .navigate(let place):
        actions.append(Action(kind: .navigate, label: place, value: nil, secret: false, path: path))
      }
    }
    if let field = Self.namedField(sentence) { context.field = field }
    return actions
  }

  /// "Select **Y**": a value of the field in focus, a known value word, a check, or a button.
  private mutating func resolveChoice(
    _ value: String, sentence: Sentence, severity: Severity, path: [String], context: StepContext
  ) -> Action {
    // Folded once: every lookup below is by the folded value.
    let wanted = ProviderProfile.fold(value)
    var found: (setting: Int, value: String)?
    if let field = context.field,
      let i = folded.settingIndex(forFoldedLabel: ProviderProfile.fold(field)),
      let v = folded.value(folded: wanted, ofSetting: i)
    {
      found = (i, v)
    } else if let pair = folded.valueWord(folded: wanted) {
      found = pair
    }
    if let (i, v) = found {
      let setting = folded.setting(at: i)
      let key = Self.key(setting, object: context.object)
      if sentence.tokens.first(where: { $0.word != nil })?.keyword == .if {
        // "If you choose **Y**, ...": a consequence, not an instruction.
      } else if Self.offersAlternatives(sentence, folded.values(ofSetting: i)) {
        note(
          "choice", "the page offers a choice for '\(setting.labels.first ?? key)'",
          sentence: sentence)
      } else {
        require(
          key, .equals, .string(v), severity: severity, sentence: sentence,
          procedure: context.procedure)
      }
      return Action(
        kind: .choose, label: setting.labels.first, value: value, secret: false, path: path)
    }
    if let i = folded.settingIndex(forFoldedLabel: wanted),
      let on = folded.toggled(settingAt: i, on: true)
    {
      let setting = folded.setting(at: i)
      // "Select **Enable API integration**": selecting a switch turns it on.
      let key = Self.key(setting, object: context.object)
      require(
        key, .equals, on, severity: severity, sentence: sentence, procedure: context.procedure)
      return Action(kind: .toggle, label: value, value: "on", secret: false, path: path)
    }
    if folded.verify.contains(wanted) {
      return Action(kind: .verify, label: value, value: nil, secret: false, path: path)
    }
    return Action(kind: .click, label: value, value: nil, secret: false, path: path)
  }

  /// The setting's key with `{object}` replaced by `object`.
  static func key(_ setting: ProviderProfile.Setting, object: String) -> String {
    ASCIIText.replacing("{object}", with: object, in: setting.key)
      ?? setting.key.replacingOccurrences(of: "{object}", with: object)
  }

  /// "**A** or **B**" where both are values of a setting (its folded value
  /// words `settingValues`): the reader chooses.
  static func offersAlternatives(_ s: Sentence, _ settingValues: [String: String]) -> Bool {
    let values = s.tokens.compactMap(\.label).filter {
      settingValues[ProviderProfile.fold($0)] != nil
    }
    return Set(values).count >= 2 && s.has([.or])
  }

  /// Words after a label that names a place.
  private static let placeWords = KeywordSet([.section, .page, .screen])

  /// Labels that name a place: after "under", or before "section", "tab", "pane".
  static func uiPath(_ s: Sentence) -> [String] {
    let t = s.tokens
    return t.indices.compactMap { i in
      guard let label = t[i].label else { return nil }
      if i > 0, t[i - 1].keyword == .under { return label }
      if i + 1 < t.count, placeWords.contains(t[i + 1].keyword) { return label }
      return nil
    }
  }

  /// "the **X** field ..." with no value in the same sentence.
  static func namedField(_ s: Sentence) -> String? {
    let t = s.tokens
    for i in t.indices.dropLast()
    where Rules.fieldWords.contains(t[i + 1].keyword) && t[i].label != nil {
      return t[i].label
    }
    return nil
  }
}
