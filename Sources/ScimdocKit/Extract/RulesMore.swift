extension Rules {
  /// "**X** needs to be turned off", "**X** must be enabled".
  static let passiveToggle = ExtractionRule(
    id: "passive_toggle", summary: "A switch whose state is stated in the passive voice",
    examples: [
      ("**Sync Groups** needs to be turned off.", ["toggle Sync Groups off"]),
      ("Make sure **Audit Log** is enabled.", ["toggle Audit Log on"]),
      ("**Sync Users** is the set of mappings.", []),
    ],
    needs: [KeywordSet([.be, .is, .are]), KeywordSet([.turned, .disabled, .switched, .enabled])],
    match: { s in
      let t = s.tokens
      for i in t.indices {
        guard let label = t[i].label else { continue }
        // The words of the next six tokens, as keywords (nil for other words).
        let after = t[(i + 1)...].prefix(6).filter { $0.word != nil }.map(\.keyword)
        guard after.contains(.be) || after.contains(.is) || after.contains(.are) else {
          continue
        }
        // Whole words: "turned off", "disabled", "switched off" (and the "on" forms).
        func has(_ a: Keyword, _ b: Keyword? = nil) -> Bool {
          after.indices.contains { i in
            after[i] == a && (b == nil || (i + 1 < after.count && after[i + 1] == b))
          }
        }
        if has(.turned, .off) || has(.disabled) || has(.switched, .off) {
          return [.toggle(label: label, on: false)]
        }
        if has(.turned, .on) || has(.enabled) || has(.switched, .on) {
          return [.toggle(label: label, on: true)]
        }
      }
      return []
    })

  /// "Under **X**, select **A**, **B**, and **C**."
  static let underSelectMany = ExtractionRule(
    id: "under_select_many", summary: "Several values selected under one setting",
    examples: [
      (
        "Under **Actions**, select **Add**, **Change**, and **Remove**.",
        ["under Actions select Add, Change, Remove"]
      ),
      ("Under **Actions**, enable **Add** and **Remove**.", ["under Actions select Add, Remove"]),
      ("Under **Actions**, select **Add**.", []),
    ],
    needs: [KeywordSet([.under]), selectVerbs.union(onVerbs)],
    match: { s in
      let t = s.tokens
      guard let u = s.index(of: [.under]), u + 1 < t.count, let under = t[u + 1].label,
        let v = t[(u + 2)...].firstIndex(where: {
          selectVerbs.contains($0.keyword) || onVerbs.contains($0.keyword)
        })
      else { return [] }
      let values = t[(v + 1)...].prefix {
        $0.label != nil || $0.keyword == .and || $0.kind == .punct(",")
      }
      .compactMap(\.label)
      return values.count >= 2 ? [.selectMany(under: under, values: values)] : []
    })

  /// "In the **X** field, enter `v`", "paste `v` into the **X** box", "enter your key as the **X**".
  static let enterInField = ExtractionRule(
    id: "enter_in_field", summary: "A value typed or pasted into a named field",
    examples: [
      ("In the **Region** field, enter `eu-1`.", ["set Region = `eu-1`"]),
      (
        "In **Base URL**, enter `https://scim.example.test/v2`.",
        ["set Base URL = `https://scim.example.test/v2`"]
      ),
      ("Paste `abc` into the **Code** box.", ["set Code = `abc`"]),
      ("Enter your [access key](/keys) as the **Access Key**.", ["set Access Key = 'access key'"]),
      (
        "Paste the generated access key under **API Access** and select **Enable**.",
        ["set API Access = 'generated access key'"]
      ),
      (
        "Check **Allow Sync** and enter your key as the **Access Key**.", ["set Access Key = 'key'"]
      ),
      ("Enter a name for the app.", []),
    ],
    needs: [enterVerbs, fieldMarkers],
    match: { s in
      let t = s.tokens
      guard let v = t.firstIndex(where: { enterVerbs.contains($0.keyword) }) else { return [] }
      let field = t.indices.first { i in
        i > 0 && fieldMarkers.contains(t[i - 1].keyword) && t[i].label != nil
      }
      guard let f = field, let label = t[f].label else { return [] }
      if let code = t[(v + 1)...].first(where: { $0.value != nil })?.value {
        return [.set(label: label, value: .literal(code), via: .enter)]
      }
      if case .link(let text, _) = t[(v + 1)...].first(where: {
        if case .link = $0.kind { return true } else { return false }
      })?.kind {
        return [.set(label: label, value: .phrase(text), via: .enter)]
      }
      let stop = KeywordSet([.as, .under, .into, .in, .and, .to])
      let articles = KeywordSet([.your, .the, .a, .an])
      // A word's original lowercased is its word, so articles are found by keyword.
      let phrase = t[(v + 1)...].prefix { $0.word != nil && !stop.contains($0.keyword) }
        .filter { !articles.contains($0.keyword) }.map(\.original)
      guard !phrase.isEmpty else { return [] }
      return [.set(label: label, value: .phrase(phrase.joined(separator: " ")), via: .enter)]
    })

  /// Words before a field's label ("into the **X** box").
  static let fieldMarkers = KeywordSet([.the, .in, .into, .under, .as])
}
