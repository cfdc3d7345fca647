/// A profile's labels folded once per page (see ``ProviderProfile/fold(_:)``),
/// so extraction's many label lookups fold only the label asked about.
/// Answers exactly as the profile's own lookups do.
struct FoldedProfile: Sendable {
  private let settings: [ProviderProfile.Setting]
  /// Folded label → the first setting that has it.
  private let settingByLabel: [String: Int]
  /// Folded value word of an enum setting → the first such setting and the word's value.
  private let valueWords: [String: (setting: Int, value: String)]
  /// Per setting: its folded value words → their values, the first word of
  /// each fold in the order ``ValueMapping/lookup(_:_:)`` reads them.
  private let values: [[String: String]]
  /// Folded matching, verify and monitoring labels.
  let matching: Set<String>
  let verify: Set<String>
  let monitoring: Set<String>
  /// Folded ``ProviderProfile/unchecked`` labels.
  let unchecked: Set<String>
  /// The detection phrases as procedure ids drop them (``Slug/needles(_:)``).
  let slugNeedles: [String]

  init(_ profile: ProviderProfile) {
    settings = profile.settings
    var byLabel: [String: Int] = [:]
    for (i, setting) in profile.settings.enumerated() {
      for label in setting.labels where byLabel[ProviderProfile.fold(label)] == nil {
        byLabel[ProviderProfile.fold(label)] = i
      }
    }
    settingByLabel = byLabel
    var words: [String: (setting: Int, value: String)] = [:]
    for (i, setting) in profile.settings.enumerated() where setting.type == "enum" {
      for (word, value) in setting.values ?? [:] where words[ProviderProfile.fold(word)] == nil {
        words[ProviderProfile.fold(word)] = (i, value)
      }
    }
    valueWords = words
    values = profile.settings.map { setting in
      var folded: [String: String] = [:]
      for (word, value) in setting.values ?? [:] where folded[ProviderProfile.fold(word)] == nil {
        folded[ProviderProfile.fold(word)] = value
      }
      return folded
    }
    matching = Set(profile.matching.map(ProviderProfile.fold))
    verify = Set(profile.verify.map(ProviderProfile.fold))
    monitoring = Set(profile.monitoring.map(ProviderProfile.fold))
    unchecked = Set((profile.unchecked ?? []).map(ProviderProfile.fold))
    slugNeedles = Slug.needles(profile.detect)
  }

  /// ``ProviderProfile/setting(forLabel:)``.
  func setting(forLabel label: String) -> ProviderProfile.Setting? {
    settingByLabel[ProviderProfile.fold(label)].map { settings[$0] }
  }

  /// The index of ``setting(forLabel:)`` for a label already folded.
  func settingIndex(forFoldedLabel label: String) -> Int? { settingByLabel[label] }

  /// The setting at `index` (from ``settingIndex(forFoldedLabel:)`` or ``valueWord(folded:)``).
  func setting(at index: Int) -> ProviderProfile.Setting { settings[index] }

  /// ``ValueMapping/lookup(_:_:)`` on the setting at `index` for a word already folded.
  func value(folded word: String, ofSetting index: Int) -> String? { values[index][word] }

  /// The folded value words of the setting at `index`, with their values.
  func values(ofSetting index: Int) -> [String: String] { values[index] }

  /// ``setting(forValueWord:)`` for a word already folded, with the setting's index.
  func valueWord(folded word: String) -> (setting: Int, value: String)? { valueWords[word] }

  /// ``ValueMapping/toggled(_:on:)`` for the setting at `index`, its value
  /// words read already folded.
  func toggled(settingAt index: Int, on: Bool) -> ManifestValue? {
    let setting = settings[index]
    guard setting.type == "enum" else { return ValueMapping.toggled(setting, on: on) }
    for w in ValueMapping.switchWords(on: on) { if let v = values[index][w] { return .string(v) } }
    return nil
  }

  /// ``ProviderProfile/contains(_:_:)`` for one of the folded lists.
  static func contains(_ list: Set<String>, _ label: String) -> Bool {
    !list.isEmpty && list.contains(ProviderProfile.fold(label))
  }

  /// True when `label` is one the profile knows and does not check.
  func isUnchecked(_ label: String) -> Bool { Self.contains(unchecked, label) }
}
