/// Turns a page's value words into the neutral config's values, using a profile setting.
public enum ValueMapping {
  /// The op and neutral value for `value` set on `setting`, or nil when the value is unknown.
  public static func neutral(
    _ setting: ProviderProfile.Setting, _ value: InstructionValue
  ) -> (op: RequirementOp, value: ManifestValue?)? {
    switch setting.type {
    case "secret": return (.present, nil)
    case "field": return setting.sets.map { (.equals, .string($0)) }
    case "url":
      if case .literal(let url) = value {
        return (URLTemplate.isTemplate(url) ? .matches : .equals, .string(url))
      }
      return (.present, nil)
    case "bool":
      // A switch with value words of its own (Okta's **Provisioning**: `SCIM`).
      guard let b = bool(value.text) ?? lookup(setting, value.text).flatMap(bool) else {
        return nil
      }
      return (.equals, .bool(b))
    case "enum":
      guard let v = lookup(setting, value.text) else { return nil }
      return (.equals, .string(v))
    case "list":
      guard let v = lookup(setting, value.text) else { return nil }
      return (.contains, .array([.string(v)]))
    case "duration":
      guard let d = duration(value.text) else { return nil }
      return (.equals, .string(d))
    default:
      return (.equals, .string(value.text))
    }
  }

  /// The neutral value for a switch turned on or off, for `bool` and `enum` settings.
  public static func toggled(_ setting: ProviderProfile.Setting, on: Bool) -> ManifestValue? {
    switch setting.type {
    // A switch with value words of its own is set by a value, not by a verb:
    // "select the **Provisioning** tab" says nothing about Okta's **Provisioning**.
    case "bool": return setting.values == nil ? .bool(on) : nil
    case "enum":
      for w in switchWords(on: on) { if let v = lookup(setting, w) { return .string(v) } }
      return nil
    default: return nil
    }
  }

  /// The value words of an `enum` switch turned on or off, in the order
  /// they are tried (each its own fold).
  static func switchWords(on: Bool) -> [String] {
    on ? ["on", "enabled", "active", "yes"] : ["off", "disabled", "inactive", "no"]
  }

  /// The neutral value of the word `word` in `setting`'s vocabulary.
  public static func lookup(_ setting: ProviderProfile.Setting, _ word: String) -> String? {
    let folded = ProviderProfile.fold(word)
    return setting.values?.first { ProviderProfile.fold($0.key) == folded }?.value
  }

  /// `true` for yes/on/enabled, `false` for no/off/disabled.
  public static func bool(_ word: String) -> Bool? {
    switch ProviderProfile.fold(word) {
    case "yes", "on", "true", "enabled", "enable": true
    case "no", "off", "false", "disabled", "disable": false
    default: nil
    }
  }

  /// ISO 8601 duration for "40 minutes", "1 hour", "30 seconds".
  public static func duration(_ text: String) -> String? {
    let parts = ProviderProfile.fold(text).split(separator: " ")
    guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return nil }
    switch parts[1] {
    case "minute", "minutes", "min", "mins": return "PT\(n)M"
    case "hour", "hours": return "PT\(n)H"
    case "second", "seconds": return "PT\(n)S"
    case "day", "days": return "P\(n)D"
    default: return nil
    }
  }
}
