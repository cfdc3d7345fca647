/// Severity from modal words, and negation, for one sentence.
public enum Modality {
  /// The severity the sentence's own words give, or nil when it has no modal word.
  public static func severity(of sentence: Sentence) -> Severity? {
    guard sentence.hasAny(modalWords) else { return nil }
    // One pass over the words: "must", "needs to", "should", "we recommend", "can", ...
    var error = false
    var warning = false
    var note = false
    var previous: Keyword?  // the previous word's keyword (nil for any other word)
    for token in sentence.tokens where token.word != nil {
      let k = token.keyword
      switch k {
      case .must, .required: error = true
      case .to: error = error || needTo.contains(previous)
      case .should, .recommended: warning = true
      case .recommend: warning = warning || previous == .we
      case .can, .may, .optionally, .optional: note = true
      default: break
      }
      previous = k
    }
    if error { return .error }
    if warning { return .warning }
    return note ? .note : nil
  }

  /// Words that can give a sentence its severity (alone or with the next word).
  private static let modalWords = KeywordSet([
    .must, .required, .needs, .need, .have, .has, .should, .recommended, .we, .can, .may,
    .optionally, .optional,
  ])

  /// Words that make a following "to" a requirement ("needs to").
  private static let needTo = KeywordSet([.needs, .need, .have, .has])

  /// True when a negation ("do not", "don't", "never", "avoid") comes before the
  /// sentence's first UI label, so it governs the instruction. A place the
  /// sentence opens with ("Under **Settings**, do not set ...", "In the
  /// **Mappings** section, never ...") names where, not what: its labels
  /// come before the instruction's.
  public static func isNegated(_ sentence: Sentence) -> Bool {
    guard sentence.hasAny(negations) else { return false }
    let t = sentence.tokens
    var start = t.startIndex
    if let first = t.first, places.contains(first.keyword),
      let comma = t.firstIndex(where: { $0.kind == .punct(",") })
    {
      start = comma + 1
    }
    var negated = false
    for i in t.indices where i >= start {
      if negations.contains(t[i].keyword) { negated = true }
      // "Most teams don't want that, so uncheck **X**": the negation's clause ended.
      if t[i].kind == .punct(";")
        || (t[i].kind == .punct(",") && i + 1 < t.count
          && [.word("so"), .word("then"), .word("but")].contains(t[i + 1].kind))
      {
        negated = false
      }
      if t[i].label != nil { return negated }
    }
    return false
  }

  /// Words that open a phrase of place ("Under", "In", "On").
  private static let places = KeywordSet([.under, .in, .on])

  private static let negations = KeywordSet([
    .not, .dont, .never, .avoid, .doesnt, .shouldnt,
  ])

  /// True when the instruction only holds under a condition ("unless", "except").
  public static func isConditional(_ sentence: Sentence) -> Bool {
    // "only if" is never one word, so it never matched.
    sentence.hasAny(KeywordSet([.unless, .except]))
  }
}
