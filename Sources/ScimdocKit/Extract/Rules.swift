/// The catalogue of extraction rules, in the order they are tried.
///
/// Each rule reads a ``Sentence`` and yields ``Instruction``s. The first rule
/// that yields anything wins, so specific shapes come before general ones.
public enum Rules {
  /// Every rule; ids are unique.
  public static let all: [ExtractionRule] = [
    selectInMenu, setTo, yesToTurnOn, passiveToggle, underSelectMany, enterInField, toggleControl,
    enable, navigate, choose,
  ]

  /// The instructions of the first rule that matches `sentence`.
  ///
  /// Every rule acts on something the page names in bold or links to, so a
  /// sentence with neither is skipped without trying the rules (most prose).
  public static func instructions(for sentence: Sentence) -> [Instruction] {
    guard sentence.namesSomething else { return [] }
    for rule in all where rule.mayMatch(sentence) {
      let found = rule.match(sentence)
      if !found.isEmpty { return found + extraChoices(in: sentence, besides: found) }
    }
    return []
  }

  /// "... and select **Enable**": buttons selected beside a setting in one sentence.
  private static func extraChoices(in s: Sentence, besides found: [Instruction]) -> [Instruction] {
    guard s.hasAny(choiceVerbs) else { return [] }
    var used: String?
    var out: [Instruction] = []
    let t = s.tokens
    for i in t.indices.dropLast() {
      let verb = t[i].keyword
      guard choiceVerbs.contains(verb), let label = t[i + 1].label,
        !["yes", "no"].contains(label.lowercased())
      else { continue }
      let descriptions = used ?? found.map(\.description).joined(separator: "\n")
      used = descriptions
      guard !TextSearch.contains(label, in: descriptions) else { continue }
      out.append(onVerbs.contains(verb) ? .toggle(label: label, on: true) : .choose(value: label))
    }
    return out
  }

  static let fieldWords = KeywordSet([.field, .box, .menu, .dropdown, .list, .dropDown])
  static let enterVerbs = KeywordSet([.enter, .paste, .type, .input])
  static let selectVerbs = KeywordSet([.select, .choose, .pick, .click])
  static let onVerbs = KeywordSet([.enable, .activate, .check])
  static let offVerbs = KeywordSet([.disable, .deactivate, .clear, .uncheck])
  /// Words before a button selected beside a setting.
  static let choiceVerbs = selectVerbs.union(onVerbs).union(KeywordSet([.then]))

  /// "In the **X** menu, select **Y**."
  static let selectInMenu = ExtractionRule(
    id: "select_in_menu", summary: "A value chosen from a named menu or field",
    examples: [
      ("In the **Region** menu, select **Europe**.", ["set Region = **Europe**"]),
      ("From the **Plan** dropdown, choose **Team**.", ["set Plan = **Team**"]),
      ("In the **Region** menu, review the options.", []),
    ],
    needs: [fieldWords, selectVerbs],
    match: { s in
      let t = s.tokens
      for i in t.indices {
        guard i + 1 < t.count, fieldWords.contains(t[i + 1].keyword), let field = t[i].label
        else { continue }
        guard let v = t[(i + 2)...].firstIndex(where: { selectVerbs.contains($0.keyword) }),
          let value = t[(v + 1)...].first(where: { $0.label != nil })?.label
        else { continue }
        return [.set(label: field, value: .label(value), via: .choose)]
      }
      return []
    })

  /// "Set **X** to **Y**" and "set the value for **X** to `v`".
  static let setTo = ExtractionRule(
    id: "set_to", summary: "A setting given a value with 'set ... to'",
    examples: [
      ("Set **Sync Mode** to **Push**.", ["set Sync Mode = **Push**"]),
      ("Once you are done, set the **Status** to **Active**.", ["set Status = **Active**"]),
      ("For `login`, set the value for **Priority** to `1`.", ["set Priority = `1`"]),
      ("Set up the app first.", []),
    ],
    needs: [KeywordSet([.set]), KeywordSet([.to])],
    match: { s in
      guard let i = s.index(of: [.set]), s.tokens.indices.contains(i + 1),
        s.tokens[i + 1].keyword != .up
      else { return [] }
      let t = s.tokens
      guard let l = t[(i + 1)...].firstIndex(where: { $0.label != nil }), let label = t[l].label,
        let to = t[(l + 1)...].firstIndex(where: { $0.keyword == .to }), to + 1 < t.count
      else { return [] }
      switch t[to + 1].kind {
      case .label(let v): return [.set(label: label, value: .label(v), via: .choose)]
      case .value(let v): return [.set(label: label, value: .literal(v), via: .enter)]
      default: return []
      }
    })

  /// "Select **Yes** to turn on **X**" and "Enable **X** by selecting **Yes**".
  static let yesToTurnOn = ExtractionRule(
    id: "yes_to_turn_on", summary: "A switch turned on or off by selecting Yes or No",
    examples: [
      ("Select **Yes** to turn on **Sync Users**.", ["toggle Sync Users on"]),
      ("Enable **Sync Groups** by selecting **Yes**.", ["toggle Sync Groups on"]),
      ("Select **No** to turn off **Sync Groups**.", ["toggle Sync Groups off"]),
      ("Select **Yes**.", []),
      ("In the **Sync** section, select **Yes** to turn on **Push**.", ["toggle Push on"]),
    ],
    needs: [onVerbs.union(KeywordSet([.turn]))],
    match: { s in
      let t = s.tokens
      guard let ans = t.firstIndex(where: { ["yes", "no"].contains($0.label?.lowercased() ?? "") })
      else { return [] }
      let on = t[ans].label?.lowercased() == "yes"
      if let turn = s.index(of: [.turn, .on]) ?? s.index(of: [.turn, .off]), turn > ans,
        let l = t[(turn + 2)...].first(where: { $0.label != nil })?.label
      {
        return [.toggle(label: l, on: t[turn + 1].keyword == .on)]
      }
      if let v = t.firstIndex(where: { onVerbs.contains($0.keyword) }), v < ans,
        let l = t[(v + 1)..<ans].first(where: { $0.label != nil })?.label
      {
        return [.toggle(label: l, on: on)]
      }
      return []
    })
}
