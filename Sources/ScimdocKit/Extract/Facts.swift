/// Facts and prerequisites read from sentences: intervals, checks, roles, linked pages.
extension ExtractionState {
  static let prerequisiteVerbs: Set<String> = [
    "enable", "generate", "configure", "add", "create", "set", "install", "turn",
  ]

  /// The interval "every 40 minutes" names; "every hour" or "once an hour"
  /// only in a sentence about the sync ("Okta pushes changes about once an hour").
  static func interval(_ sentence: Sentence) -> String? {
    let t = sentence.tokens
    guard let e = sentence.index(of: [.every]) ?? t.firstIndex(where: { $0.word == "once" }),
      e + 1 < t.count, let next = t[e + 1].word
    else { return nil }
    if e + 2 < t.count, let unit = t[e + 2].word, let iso = ValueMapping.duration("\(next) \(unit)")
    {
      return iso
    }
    let about = t.contains { token in
      token.word.map { word in Self.syncWords.contains { word.hasPrefix($0) } } ?? false
    }
    guard about else { return nil }
    // "every hour"; "once an hour", "once a day", "once per hour".
    var unit = next
    if ["a", "an", "per", "every"].contains(next), e + 2 < t.count, let w = t[e + 2].word {
      unit = w
    } else if t[e].word == "once" {
      return nil
    }
    return ValueMapping.duration("1 \(unit)")
  }

  /// Word starts of a sentence about the provisioning cycle.
  private static let syncWords = ["sync", "provision", "cycle", "push", "import", "run", "send"]

  /// Reads the facts one sentence states (in a step or in prose).
  mutating func readFacts(_ sentence: Sentence, context: StepContext) {
    let t = sentence.tokens
    // "every 40 minutes": the sync interval; "every hour" and "once an hour"
    // in a sentence about syncing.
    if let iso = Self.interval(sentence) {
      fact("syncInterval", .string(iso), sentence: sentence)
      require(
        "/syncInterval", .equals, .string(iso), severity: Modality.severity(of: sentence) ?? .note,
        sentence: sentence, procedure: context.procedure)
    }
    // "the response is `HTTP 200 OK` with an empty `ListResponse`".
    if let status = t.lazy.compactMap(\.value).first(where: Self.isHTTPStatus) {
      var value: [String: ManifestValue] = ["status": .string(status)]
      let code = status.split(separator: " ").dropFirst().first.flatMap { Int($0) }
      if let code { value["statusCode"] = .int(code) }
      if let body = t.compactMap(\.value).first(where: { !$0.uppercased().hasPrefix("HTTP ") }) {
        value["body"] = .string((sentence.has([.empty]) ? "empty " : "") + body)
      }
      fact("testConnection", .object(value), sentence: sentence)
    }
    // "select **Provisioning logs** ... to monitor".
    if sentence.namesSomething,
      let label = t.lazy.compactMap(\.label).first(where: {
        FoldedProfile.contains(folded.monitoring, $0)
      })
        ?? (sentence.has([.monitor]) ? t.lazy.compactMap(\.label).first : nil)
    {
      fact("monitoring", .string(label), sentence: sentence)
    }
    if sentence.has([.isnt, .supported]) || sentence.has([.not, .supported]) {
      fact("limitation", nil, sentence: sentence)
    }
    // "The attributes you select as **Matching** properties are used to match".
    if sentence.has([.used, .to, .match])
      || (sentence.hasAny(Self.matchWords) && !sentence.has([.precedence])
        && t.contains { $0.label.map { FoldedProfile.contains(folded.matching, $0) } ?? false })
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
    if !context.inStep, let m = sentence.index(of: [.must, .be]), m + 2 < t.count {
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
    guard sentence.namesSomething else { return }
    for token in t {
      guard case .link(let text, let destination) = token.kind, Self.startsWithVerb(text)
      else { continue }
      prerequisite("page", text, link: destination, range: token.byteRange)
    }
  }

  /// True when the link text's first word is one of ``prerequisiteVerbs``.
  static func startsWithVerb(_ text: String) -> Bool {
    if let keyword = ASCIIText.firstWordKeyword(text) {
      return prerequisiteKeywords.contains(keyword)
    }
    let first = text.drop(while: { $0 == " " }).prefix(while: { $0 != " " })
    return !first.isEmpty && prerequisiteVerbs.contains(first.lowercased())
  }

  /// ``startsWithVerb(_:)`` of the plain text of `link`, read from its
  /// first text child when the first word ends there (most link texts):
  /// the whole text is made only when that child cannot tell.
  static func startsWithVerb(link: MarkupNode) -> Bool {
    if let first = link.children.first, first.kinds == .text,
      let keyword = first.withLiteralBytes({ ASCIIText.firstWordKeyword(ofBytes: $0, whole: false) }
      )
    {
      return prerequisiteKeywords.contains(keyword)
    }
    return startsWithVerb(link.plainText)
  }

  private static let prerequisiteKeywords = KeywordSet([
    .enable, .generate, .configure, .add, .create, .set, .install, .turn,
  ])

  /// `value.uppercased().hasPrefix("HTTP ")`, read from the bytes when the
  /// first six characters are ASCII.
  static func isHTTPStatus(_ value: String) -> Bool {
    var value = value
    let fast: Bool? = value.withUTF8 { p in
      guard p.count >= 5 else { return p.allSatisfy { $0 < 0x80 } ? false : nil }
      guard p.prefix(6).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
      let upper = p.prefix(5).map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
      return upper.elementsEqual("HTTP ".utf8)
    }
    return fast ?? value.uppercased().hasPrefix("HTTP ")
  }

  private static let matchWords = KeywordSet([.match, .matching])

  private func linkAfter(_ t: [Token], _ i: Int) -> String? {
    for token in t[i...] { if case .link(_, let d) = token.kind { return d } }
    return nil
  }
}
