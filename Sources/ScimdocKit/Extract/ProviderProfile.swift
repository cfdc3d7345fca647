import Foundation

/// A provider's vocabulary as data: UI labels and value words mapped to config keys.
///
/// Profiles ship in `Resources/profiles/*.json`; a docs team can add or
/// replace them with a profiles folder (see ``ProfileSet/load(overrides:)``).
public struct ProviderProfile: Codable, Sendable, Equatable {
  public var id: String
  public var name: String
  /// Lowercase phrases that identify the provider in titles and text.
  public var detect: [String]
  public var settings: [Setting]
  /// Buttons that check the connection (`Test Connection`).
  public var verify: [String]
  /// Labels that mark matching attributes.
  public var matching: [String]
  /// Labels of places to watch provisioning (`Provisioning logs`).
  public var monitoring: [String]
  /// UI names the provider shows that scimdoc knows and does not check
  /// (Entra's **Notification Email**, the **Admin Credentials** section):
  /// a step that sets one is read without an `unmapped-setting` note.
  public var unchecked: [String]?

  /// One configurable setting: its labels, its key and its value words.
  public struct Setting: Codable, Sendable, Equatable {
    public var labels: [String]
    /// A JSON Pointer; `{object}` is replaced by `users` or `groups` from context.
    public var key: String
    /// `url`, `secret`, `enum`, `bool`, `list`, `string`, `duration`, `trigger`
    /// (a button or checkbox) or `field` (a text box whose use says which
    /// value `sets` is in force, as **Admin Password** says basic authentication).
    public var type: String
    /// UI value words → neutral values (for `enum` and `list`).
    public var values: [String: String]?
    /// For a `trigger` (a button or checkbox): the neutral value selecting it
    /// sets, or the item it adds to a list key (`/users/actions`); for a
    /// `field`, the value filling it in implies.
    public var sets: String?
    /// Keys set with it, and their values: a **SCIM Bearer Token** field
    /// filled in says bearer authentication (`{"/authentication": "bearer"}`).
    public var implies: [String: String]?
  }

  /// The setting whose label is `label` (case- and space-insensitive).
  public func setting(forLabel label: String) -> Setting? {
    let wanted = ProviderProfile.fold(label)
    return settings.first { $0.labels.contains { ProviderProfile.fold($0) == wanted } }
  }

  /// The enum setting one of whose value words is `label`, with the neutral value.
  public func setting(forValueWord label: String) -> (Setting, String)? {
    let wanted = ProviderProfile.fold(label)
    for s in settings where s.type == "enum" {
      for (word, value) in s.values ?? [:] where ProviderProfile.fold(word) == wanted {
        return (s, value)
      }
    }
    return nil
  }

  /// True when `label` is one of `list` (case- and space-insensitive).
  public static func contains(_ list: [String], _ label: String) -> Bool {
    let wanted = fold(label)
    return list.contains { fold($0) == wanted }
  }

  /// Lowercased, with runs of whitespace collapsed and edges trimmed.
  public static func fold(_ s: String) -> String {
    if let ascii = TextSearch.asciiFold(s) { return ascii }
    return s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      .trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
  }

  /// This profile with `fallback`'s settings and labels added after its own.
  public func merged(withFallback fallback: ProviderProfile) -> ProviderProfile {
    var out = self
    out.settings += fallback.settings
    out.verify += fallback.verify
    out.matching += fallback.matching
    out.monitoring += fallback.monitoring
    if let more = fallback.unchecked { out.unchecked = (out.unchecked ?? []) + more }
    return out
  }
}
