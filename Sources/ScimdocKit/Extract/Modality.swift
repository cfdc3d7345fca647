/// Severity from modal words, and negation, for one sentence.
public enum Modality {
  /// The severity the sentence's own words give, or nil when it has no modal word.
  public static func severity(of sentence: Sentence) -> Severity? {
    // One pass over the words: "must", "needs to", "should", "we recommend", "can", ...
    let w = sentence.words
    var error = false
    var warning = false
    var note = false
    for i in w.indices {
      let next = i + 1 < w.count ? w[i + 1] : ""
      switch w[i] {
      case "must", "required": error = true
      case "needs", "need", "have", "has": error = error || next == "to"
      case "should", "recommended": warning = true
      case "we": warning = warning || next == "recommend"
      case "can", "may", "optionally", "optional": note = true
      default: break
      }
    }
    if error { return .error }
    if warning { return .warning }
    return note ? .note : nil
  }

  /// True when a negation ("do not", "don't", "never", "avoid") comes before the
  /// sentence's first UI label, so it governs the instruction.
  public static func isNegated(_ sentence: Sentence) -> Bool {
    let end = sentence.tokens.firstIndex { $0.label != nil } ?? sentence.tokens.count
    return sentence.tokens[..<end].contains { token in
      guard case .word(let w) = token.kind else { return false }
      return negations.contains(w)
    }
  }

  private static let negations: Set<String> = [
    "not", "don't", "never", "avoid", "doesn't", "shouldn't",
  ]

  /// True when the instruction only holds under a condition ("unless", "except").
  public static func isConditional(_ sentence: Sentence) -> Bool {
    sentence.hasAny(["unless", "except", "only if"])
  }
}
