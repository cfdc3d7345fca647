extension Rules {
  /// "Enable **X**", "turn off **X**", "clear **X**".
  static let enable = ExtractionRule(
    id: "enable", summary: "A switch turned on or off by a verb",
    examples: [
      ("In the **Sync** section, enable **Sync Users**.", ["toggle Sync Users on"]),
      ("Turn off **Sync Groups**.", ["toggle Sync Groups off"]),
      ("Enable **Create** and **Delete**.", ["toggle Create on", "toggle Delete on"]),
      ("Enable the app for your team.", []),
    ],
    needs: [onVerbs.union(offVerbs).union(KeywordSet([.turn, .switch]))],
    match: { s in
      let t = s.tokens
      for i in t.indices {
        guard let w = t[i].keyword else { continue }
        let next = i + 1 < t.count ? t[i + 1].keyword : nil
        var on: Bool?
        var start = i + 1
        if onVerbs.contains(w) { on = true }
        if offVerbs.contains(w) { on = false }
        if w == .turn || w == .switch, next == .on || next == .off {
          on = next == .on
          start = i + 2
        }
        guard let on, start < t.count else { continue }
        let labels = t[start...].prefix {
          $0.label != nil || $0.keyword == .and || $0.keyword == .the || $0.kind == .punct(",")
        }.compactMap(\.label)
        if !labels.isEmpty { return labels.map { .toggle(label: $0, on: on) } }
      }
      return []
    })

  /// "Select the **X** toggle to turn it on", "clear the **X** checkbox".
  static let toggleControl = ExtractionRule(
    id: "toggle_control", summary: "A named toggle, switch or checkbox turned on or off",
    examples: [
      ("Select the **Auto Sync** toggle to turn it on.", ["toggle Auto Sync on"]),
      ("Clear the **Send Emails** checkbox.", ["toggle Send Emails off"]),
      ("Select the **Audit** switch to turn it off.", ["toggle Audit off"]),
      ("Select the **Members** tab.", []),
    ],
    needs: [toggleWords],
    match: { s in
      let t = s.tokens
      guard
        let i = t.indices.dropLast().first(where: {
          toggleWords.contains(t[$0 + 1].keyword) && t[$0].label != nil
        }), let label = t[i].label
      else { return [] }
      let off =
        s.has([.turn, .it, .off]) || s.has([.turn, .off])
        || s.hasAny(KeywordSet([.clear, .uncheck, .disable]))
      return [.toggle(label: label, on: !off)]
    })

  /// "Sign in to the [portal](...)", "go to **X**", "select **X** in the left pane".
  static let navigate = ExtractionRule(
    id: "navigate", summary: "Moving to a page, pane or portal",
    examples: [
      (
        "Sign in to the [Example console](https://console.example.test/).",
        ["navigate Example console"]
      ),
      ("Select **Apps** in the left pane.", ["navigate Apps"]),
      ("Go to **Settings**.", ["navigate Settings"]),
      ("Select **Save** to keep the changes.", []),
    ],
    needs: [KeywordSet([.sign, .go, .navigate, .log, .left])],
    match: { s in
      let t = s.tokens
      let moving =
        s.has([.sign, .in, .to]) || s.has([.go, .to]) || s.has([.navigate, .to])
        || s.has([.log, .in, .to])
      let pane =
        s.has([.left, .pane]) || s.has([.left, .panel]) || s.has([.on, .the, .left])
        || s.has([.left, .navigation])
      guard moving || pane else { return [] }
      if let label = t.first(where: { $0.label != nil })?.label { return [.navigate(label)] }
      for token in t { if case .link(let text, _) = token.kind { return [.navigate(text)] } }
      return []
    })

  /// "Select **X**": a button, a value word or a verification.
  static let choose = ExtractionRule(
    id: "choose", summary: "A button or value selected",
    examples: [
      ("Select **Save**.", ["choose Save"]),
      ("Select **Check Link** to test the connection.", ["choose Check Link"]),
      ("Select it to review the attributes.", []),
    ],
    needs: [selectVerbs],
    match: { s in
      let t = s.tokens
      guard let v = t.firstIndex(where: { selectVerbs.contains($0.keyword) }),
        let label = t[(v + 1)...].first(where: { $0.label != nil })?.label
      else { return [] }
      return [.choose(value: label)]
    })

  /// Words after a named toggle ("the **X** switch").
  static let toggleWords = KeywordSet([.toggle, .switch, .checkbox])
}
