/// Facts and prerequisites read from sentences: intervals, checks, roles, linked pages.
extension ExtractionState {
  static let prerequisiteVerbs: Set<String> = [
    "enable", "generate", "configure", "add", "create", "set", "install", "turn",
  ]

  /// Reads the facts one sentence states (in a step or in prose).
  mutating func readFacts(_ sentence: Sentence, context: StepContext) {
    let t = sentence.tokens
    // "every 40 minutes": the sync interval.
    if let e = sentence.index(of: "every"), e + 2 < t.count, let n = t[e + 1].word,
      let unit = t[e + 2].word,
      let iso = ValueMapping.duration("\(n) \(unit)")
    {
      fact("syncInterval", .string(iso), sentence: sentence)
      require(
        "/syncInterval", .equals, .string(iso), severity: Modality.severity(of: sentence) ?? .note,
        sentence: sentence, procedure: context.procedure)
    }
    // "the response is `HTTP 200 OK` with an empty `ListResponse`".
    if let status = t.compactMap(\.value).first(where: { $0.uppercased().hasPrefix("HTTP ") }) {
      var value: [String: ManifestValue] = ["status": .string(status)]
      let code = status.split(separator: " ").dropFirst().first.flatMap { Int($0) }
      if let code { value["statusCode"] = .int(code) }
      if let body = t.compactMap(\.value).first(where: { !$0.uppercased().hasPrefix("HTTP ") }) {
        value["body"] = .string((sentence.has("empty") ? "empty " : "") + body)
      }
      fact("testConnection", .object(value), sentence: sentence)
    }
    // "select **Provisioning logs** ... to monitor".
    if let label = t.compactMap(\.label).first(where: {
      FoldedProfile.contains(folded.monitoring, $0)
    })
      ?? (sentence.has("monitor") ? t.compactMap(\.label).first : nil)
    {
      fact("monitoring", .string(label), sentence: sentence)
    }
    if sentence.has("isn't supported") || sentence.has("not supported")
      || sentence.has("is not supported")
    {
      fact("limitation", nil, sentence: sentence)
    }
    // "The attributes you select as **Matching** properties are used to match".
    let matchingLabel = t.compactMap(\.label).contains {
      FoldedProfile.contains(folded.matching, $0)
    }
    if sentence.has("used to match")
      || (matchingLabel && sentence.hasAny(["match", "matching"]) && !sentence.has("precedence"))
    {
      require(
        "/\(context.object)/matching", .present, nil,
        severity: Modality.severity(of: sentence) ?? .warning,
        sentence: sentence, procedure: context.procedure)
    }
    readPrerequisites(sentence, context: context)
  }

  /// Roles ("You must be a team admin") and linked pages to follow first ("enable SCIM").
  private mutating func readPrerequisites(_ sentence: Sentence, context: StepContext) {
    let t = sentence.tokens
    if !context.inStep, let m = sentence.index(of: "must be"), m + 2 < t.count {
      var role: String?
      for token in t[(m + 2)...] {
        if case .link(let text, _) = token.kind {
          role = text
          break
        }
        if token.word == "to" { break }
      }
      if role == nil {
        let words = t[(m + 2)...].prefix { $0.word != nil && $0.word != "to" }.map(\.original)
          .drop { ["a", "an", "the"].contains($0.lowercased()) }
        if !words.isEmpty { role = words.joined(separator: " ") }
      }
      if let role { prerequisite("role", role, link: linkAfter(t, m), range: sentence.byteRange) }
    }
    for token in t {
      guard case .link(let text, let destination) = token.kind,
        let first = text.split(separator: " ").first?.lowercased(),
        Self.prerequisiteVerbs.contains(String(first))
      else { continue }
      prerequisite("page", text, link: destination, range: token.byteRange)
    }
  }

  private func linkAfter(_ t: [Token], _ i: Int) -> String? {
    for token in t[i...] { if case .link(_, let d) = token.kind { return d } }
    return nil
  }
}
