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
      guard choiceVerbs.contains(verb), let label = t[i + 1].label, !isYesOrNo(label)
      else { continue }
      // Usually the label is one `found` already acts on: read from its parts,
      // before any description is made.
      if found.contains(where: { surelyMentions($0, label) }) { continue }
      let descriptions = used ?? found.map(\.description).joined(separator: "\n")
      used = descriptions
      guard !TextSearch.contains(label, in: descriptions) else { continue }
      out.append(onVerbs.contains(verb) ? .toggle(label: label, on: true) : .choose(value: label))
    }
    return out
  }

  /// `["yes", "no"].contains(label.lowercased())`, compared byte by byte
  /// when `label` is ASCII.
  private static func isYesOrNo(_ label: String) -> Bool {
    var label = label
    let ascii: Bool? = label.withUTF8 { p in
      guard p.allSatisfy({ $0 < 0x80 }) else { return nil }
      let lower = p.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
      return lower.elementsEqual("yes".utf8) || lower.elementsEqual("no".utf8)
    }
    return ascii ?? ["yes", "no"].contains(label.lowercased())
  }

  /// True when `label` is, byte for byte, in one of the texts the
  /// description of `instruction` quotes, both ASCII without CR: then the
  /// description (those texts between ASCII words and markers) holds it too.
  /// False says nothing.
  private static func surelyMentions(_ instruction: Instruction, _ label: String) -> Bool {
    func holds(_ part: String) -> Bool {
      var part = part
      var label = label
      return part.withUTF8 { h in
        label.withUTF8 { n in
          guard !n.isEmpty, n.count <= h.count,
            n.allSatisfy({ $0 < 0x80 && $0 != 0x0D }), h.allSatisfy({ $0 < 0x80 && $0 != 0x0D })
          else { return false }
          for i in 0...(h.count - n.count)
          where h[i] == n[0] && UnsafeBufferPointer(rebasing: h[i..<(i + n.count)]).elementsEqual(n)
          {
            return true
          }
          return false
        }
      }
    }
    switch instruction {
    case .set(let l, let value, _): return holds(l) || holds(value.text)
    case .toggle(let l, _): return holds(l)
    case .selectMany(let under, let values): return holds(under) || values.contains(where: holds)
    case .choose(let value): return holds(value)
    case .navigate(let place): return holds(place)
    }
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
