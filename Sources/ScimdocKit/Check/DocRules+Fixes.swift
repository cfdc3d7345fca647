/// What `--fix` does for a rule, with examples (page before, page after)
/// that are its tests.
public struct RuleFix: Sendable {
  /// The edit, in a few words, for the rule reference.
  public var summary: String
  /// `a.md` before and after `scimdoc check --fix`.
  public var examples: [(before: String, after: String)]
}

extension DocRule {
  /// The rule's certain fix, if it has one.
  public var fix: RuleFix? { DocRules.fixes[description.id] }
}

extension DocRules {
  private static func page(_ frontMatter: String) -> String { DocRule.page(frontMatter, "Text.") }

  private static let contents = "## Contents\n\n"

  /// The rules `--fix` fixes, by id.
  static let fixes: [String: RuleFix] = [
    "updated-unpadded": RuleFix(
      summary: "pads the month and day with zeros, keeping any quotes",
      examples: [
        (page("title: \"A\"\nupdated: 2024-1-9"), page("title: \"A\"\nupdated: 2024-01-09")),
        (
          page("title: \"A\"\nupdated: \"2023-11-5\""),
          page("title: \"A\"\nupdated: \"2023-11-05\"")
        ),
      ]),
    "title-smart-quotes": RuleFix(
      summary: "straightens the quotes, escaped as the title's YAML quoting needs",
      examples: [
        (
          page("title: \"Turning on \u{201C}Push groups\u{201D}\""),
          page("title: \"Turning on \\\"Push groups\\\"\"")
        ),
        (
          page("title: 'The team\u{2019}s \u{201C}Sync\u{201D} toggle'"),
          page("title: 'The team''s \"Sync\" toggle'")
        ),
        (page("title: The admin\u{2019}s view"), page("title: The admin's view")),
        (page("title: \u{2018}Owner\u{2019} roles"), page("title: \"'Owner' roles\"")),
      ]),
    "contents-missing-heading": RuleFix(
      summary: "adds `* [Heading](#anchor)` to the Contents list next to its neighbours",
      examples: [
        (
          DocRule.page(
            contents + "* [Plan](#plan)\n* [Ship](#ship)\n\n## Plan\n\n## Build\n\n## Ship"),
          DocRule.page(
            contents
              + "* [Plan](#plan)\n* [Build](#build)\n* [Ship](#ship)\n\n## Plan\n\n## Build\n\n## Ship"
          )
        ),
        (
          DocRule.page(
            contents + "- [Later](#later)\n\n- [Last](#last)\n\n## First\n\n## Later\n\n## Last"),
          DocRule.page(
            contents
              + "- [First](#first)\n\n- [Later](#later)\n\n- [Last](#last)\n\n## First\n\n## Later\n\n## Last"
          )
        ),
        (
          DocRule.page(
            contents + "* [Tokens](#tokens)\n    * [Create one](#create-one)\n\n## Tokens\n\n"
              + "### Create one\n\n### Rotate *often*\n\n## Groups"),
          DocRule.page(
            contents
              + "* [Tokens](#tokens)\n    * [Create one](#create-one)\n    * [Rotate often](#rotate-often)\n"
              + "* [Groups](#groups)\n\n## Tokens\n\n### Create one\n\n### Rotate *often*\n\n## Groups"
          )
        ),
      ]),
    "contents-link-broken": RuleFix(
      summary:
        "points the link at the one heading that shares the most words with it, when those "
        + "are at least half the words of each",
      examples: [
        (
          DocRule.page(contents + "* [Map users](#mapping-user)\n\n## Mapping users"),
          DocRule.page(contents + "* [Map users](#mapping-users)\n\n## Mapping users")
        )
      ]),
    "anchor-broken": RuleFix(
      summary:
        "points the link at the one heading that shares the most words with it, when those "
        + "are at least half the words of each",
      examples: [
        (
          DocRule.page("Go to [the limits](#rate-limit \"Limits\").\n\n## Rate limits"),
          DocRule.page("Go to [the limits](#rate-limits \"Limits\").\n\n## Rate limits")
        )
      ]),
  ]
}
