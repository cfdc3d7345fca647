/// Severity from modal words, and negation, for one sentence.
public enum Modality {
  /// The severity the sentence's own words give, or nil when it has no modal word.
  public static func severity(of sentence: Sentence) -> Severity? {
    let w = sentence.words
    let joined = " " + w.joined(separator: " ") + " "
    if joined.contains(" must ") || joined.contains(" needs to ") || joined.contains(" need to ")
      || joined.contains(" required ") || joined.contains(" have to ")
      || joined.contains(" has to ")
    {
      return .error
    }
    if joined.contains(" should ") || joined.contains(" recommended ")
      || joined.contains(" we recommend ")
    {
      return .warning
    }
    if w.first == "optional" || joined.contains(" can ") || joined.contains(" may ")
      || joined.contains(" optionally ") || joined.contains(" optional ")
    {
      return .note
    }
    return nil
  }

  /// True when a negation ("do not", "don't", "never", "avoid") comes before the
  /// sentence's first UI label, so it governs the instruction.
  public static func isNegated(_ sentence: Sentence) -> Bool {
    let end = sentence.labelIndices.first ?? sentence.tokens.count
    let negations: Set<String> = ["not", "don't", "never", "avoid", "doesn't", "shouldn't"]
    return sentence.tokens[..<end].contains { negations.contains($0.word ?? "") }
  }

  /// True when the instruction only holds under a condition ("unless", "except").
  public static func isConditional(_ sentence: Sentence) -> Bool {
    sentence.hasAny(["unless", "except", "only if"])
  }
}
