/// Every rule id scimdoc can report, for checking the ids people write (in
/// `.scimdoc.yml` and in `scimdoc-disable` comments) and suggesting the one
/// they meant.
public enum RuleCatalog {
  /// `check` rules that are not in ``DocRules/all`` (no page-only example
  /// can show them), grouped as `docs/rules.md` lists them.
  static let otherCheckRules: [(ids: [String], severity: Severity, summary: String)] = [
    (
      ["file-unreadable"], .error,
      "A page cannot be read (missing, binary, not UTF-8, too large)."
    ),
    (
      ["insecure-endpoint", "credentials-in-url", "invalid-url", "unknown-value", "contradiction"],
      .error, "Semantic problems in a setup page's requirements."
    ),
    (
      ["unmapped-setting"], .note,
      "A step sets something no provider profile knows, so it cannot be checked."
    ),
    (
      ["cross-page-conflict"], .warning,
      "Two pages give different values for the same product and setting."
    ),
    (
      ["front-matter-required"], .error,
      "A front-matter key the site requires (`required_front_matter` in `.scimdoc.yml`) is "
        + "missing."
    ),
    (
      ["contextual-link-name-missing", "contextual-link-url-space"], .warning,
      "A `contextual_links` link in front matter has no name, or a space in its URL."
    ),
    (
      ["contextual-links-shape"], .note,
      "The first `contextual_links` entry is not a section."
    ),
  ]

  /// The ids of every rule of `check`, `build`, `lint` and `probe`.
  public static let ids: Set<String> = {
    var ids = Set(DocRules.all.map(\.description.id))
    ids.formUnion(otherCheckRules.flatMap(\.ids))
    ids.formUnion(LintRules.all.map(\.id))
    ids.formUnion(ProbeRules.all.map(\.id))
    return ids
  }()

  /// True for a known id or `*` (every rule): ``RuleID/isKnown(_:)``.
  public static func isKnown(_ id: String) -> Bool { RuleID.isKnown(id) }

  /// ``RuleID/suggestion(for:)``.
  public static func suggestion(for id: String) -> String { RuleID.suggestion(for: id) }
}
