import Foundation

/// Compares manifest values with config values the way an admin would read
/// them: case-insensitive words, URLs without a trailing `/`, durations by
/// length, list items by name.
public enum ValueComparison {
  /// True when `actual` satisfies `expected` for `key` under `equals`.
  public static func equals(_ expected: ManifestValue, _ actual: ManifestValue, key: String) -> Bool
  {
    switch (expected, actual) {
    case (.string(let e), .string(let a)):
      if key == "/tenantUrl" {
        return ProvisioningConfig.normalizedURL(e) == ProvisioningConfig.normalizedURL(a)
      }
      if key == "/syncInterval", let de = ISODuration(e), let da = ISODuration(a) {
        return de.seconds == da.seconds
      }
      return fold(e) == fold(a)
    case (.bool(let e), .bool(let a)): return e == a
    case (.int(let e), .int(let a)): return e == a
    case (.array(let e), .array(let a)):
      return e.allSatisfy { item in a.contains { matches(item, $0) } }
        && a.allSatisfy { item in e.contains { matches($0, item) } }
    case (.object, _): return matches(expected, actual)
    case (.string(let e), .bool(let a)):
      return ["on", "true", "yes", "enabled"].contains(fold(e)) == a
    default: return false
    }
  }

  /// The expected items `actual` lacks (for `contains`).
  public static func missingItems(_ expected: ManifestValue, in actual: ManifestValue)
    -> [ManifestValue]
  {
    let wanted: [ManifestValue]
    if case .array(let e) = expected { wanted = e } else { wanted = [expected] }
    guard case .array(let have) = actual else { return wanted }
    return wanted.filter { item in !have.contains { matches(item, $0) } }
  }

  /// True when the config item `actual` is the item the docs name.
  static func matches(_ expected: ManifestValue, _ actual: ManifestValue) -> Bool {
    switch (expected, actual) {
    case (.string(let e), .string(let a)): return fold(e) == fold(a)
    case (.string(let e), .object(let o)):
      return ["target", "source"].contains { o[$0]?.stringValue.map(fold) == fold(e) }
    case (.object(let e), .object(let a)):
      for (k, v) in e {
        let other = a[k] ?? a[aliases[k] ?? ""]
        guard let other else { continue }
        if case .string(let s) = v, case .string(let t) = other {
          if fold(s) != fold(t) { return false }
        } else if v != other {
          return false
        }
      }
      return ["target", "source"].contains { e[$0] != nil }
    default: return expected == actual
    }
  }

  static let aliases = ["precedence": "matchingPrecedence", "matchingPrecedence": "precedence"]

  /// Lower-cased and trimmed; mapping expressions also lose their spaces and
  /// known equivalent spellings become one (Entra's old soft-delete `Switch`
  /// is the same mapping as `Not([IsSoftDeleted])`).
  static func fold(_ s: String) -> String {
    let folded = s.trimmingCharacters(in: .whitespaces).lowercased()
    guard folded.contains("(") else { return folded }
    let compact = folded.filter { $0 != " " }
    return equivalentExpressions[compact] ?? compact
  }

  static let equivalentExpressions = [
    #"switch([issoftdeleted],,"false","true","true","false")"#: "not([issoftdeleted])"
  ]

  /// True when a value counts as set (`present`): non-empty text, lists, true.
  public static func isPresent(_ value: ManifestValue?) -> Bool {
    switch value {
    case nil: false
    case .string(let s): !s.trimmingCharacters(in: .whitespaces).isEmpty
    case .array(let a): !a.isEmpty
    case .bool(let b): b
    default: true
    }
  }
}
