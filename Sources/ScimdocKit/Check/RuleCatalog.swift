/// Every rule id scimdoc can report, for checking the ids people write (in
/// `.scimdoc.yml` and in `scimdoc-disable` comments) and suggesting the one
/// they meant.
public enum RuleCatalog {
  /// `check` rules that are not in ``DocRules/all`` (no page-only example
  /// can show them), as `docs/rules.md` lists them.
  static let otherCheckRules = [
    "file-unreadable", "insecure-endpoint", "credentials-in-url", "invalid-url",
    "unknown-value", "contradiction", "unmapped-setting", "cross-page-conflict",
    "front-matter-required", "contextual-link-name-missing", "contextual-link-url-space",
    "contextual-links-shape",
  ]

  /// The ids of every rule of `check`, `build` and `lint`.
  public static let ids: Set<String> = Set(
    DocRules.all.map(\.description.id) + otherCheckRules + LintRules.all.map(\.id))

  /// True for a known id or `*` (every rule).
  public static func isKnown(_ id: String) -> Bool { id == "*" || ids.contains(id) }

  /// "; did you mean 'anchor-broken'?" for an id within two edits of a known
  /// one (the closest, then the first in order), else "".
  public static func suggestion(for id: String) -> String {
    let best = ids.sorted().map { ($0, distance(id, $0)) }.min { $0.1 < $1.1 }
    guard let best, best.1 <= max(2, id.count / 4) else { return "" }
    return "; did you mean '\(best.0)'?"
  }

  /// Levenshtein distance between two short strings (bytes).
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    guard !a.isEmpty else { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(1, b.count) where j <= b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
