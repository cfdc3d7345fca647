/// A profile's labels folded once per page (see ``ProviderProfile/fold(_:)``),
/// so extraction's many label lookups fold only the label asked about.
/// Answers exactly as the profile's own lookups do.
struct FoldedProfile: Sendable {
  private let settings: [ProviderProfile.Setting]
  /// Folded label → the first setting that has it.
  private let settingByLabel: [String: Int]
  /// Folded value word of an enum setting → the first such setting and the word's value.
  private let valueWords: [String: (setting: Int, value: String)]
  /// Folded matching, verify and monitoring labels.
  let matching: Set<String>
  let verify: Set<String>
  let monitoring: Set<String>
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
    matching = Set(profile.matching.map(ProviderProfile.fold))
    verify = Set(profile.verify.map(ProviderProfile.fold))
    monitoring = Set(profile.monitoring.map(ProviderProfile.fold))
    slugNeedles = Slug.needles(profile.detect)
  }

  /// ``ProviderProfile/setting(forLabel:)``.
  func setting(forLabel label: String) -> ProviderProfile.Setting? {
    settingByLabel[ProviderProfile.fold(label)].map { settings[$0] }
  }

  /// ``ProviderProfile/setting(forValueWord:)``.
  func setting(forValueWord label: String) -> (ProviderProfile.Setting, String)? {
    valueWords[ProviderProfile.fold(label)].map { (settings[$0.setting], $0.value) }
  }

  /// ``ProviderProfile/contains(_:_:)`` for one of the folded lists.
  static func contains(_ list: Set<String>, _ label: String) -> Bool {
    !list.isEmpty && list.contains(ProviderProfile.fold(label))
  }
}
