/// A profile's labels folded once per page (see ``ProviderProfile/fold(_:)``),
/// so extraction's many label lookups fold only the label asked about.
/// Answers exactly as the profile's own lookups do.
struct FoldedProfile {
  private let settings: [ProviderProfile.Setting]
  /// Folded label → the first setting that has it.
  private let settingByLabel: [String: Int]
  /// Folded matching, verify and monitoring labels.
  let matching: Set<String>
  let verify: Set<String>
  let monitoring: Set<String>

  init(_ profile: ProviderProfile) {
    settings = profile.settings
    var byLabel: [String: Int] = [:]
    for (i, setting) in profile.settings.enumerated() {
      for label in setting.labels where byLabel[ProviderProfile.fold(label)] == nil {
        byLabel[ProviderProfile.fold(label)] = i
      }
    }
    settingByLabel = byLabel
    matching = Set(profile.matching.map(ProviderProfile.fold))
    verify = Set(profile.verify.map(ProviderProfile.fold))
    monitoring = Set(profile.monitoring.map(ProviderProfile.fold))
  }

  /// ``ProviderProfile/setting(forLabel:)``.
  func setting(forLabel label: String) -> ProviderProfile.Setting? {
    settingByLabel[ProviderProfile.fold(label)].map { settings[$0] }
  }

  /// ``ProviderProfile/contains(_:_:)`` for one of the folded lists.
  static func contains(_ list: Set<String>, _ label: String) -> Bool {
    list.contains(ProviderProfile.fold(label))
  }
}
