/// A docs rule: its description and the example trees that are its tests.
///
/// Each example is a small content tree (path → page text); the rule must be
/// reported on the first page of every triggering example and on no page of a
/// non-triggering one. One parameterised test runs them all, and the rule
/// reference in `docs/rules.md` is generated from the same catalogue.
public struct DocRule: Sendable {
  public var description: RuleDescription
  public var triggering: [[String: String]]
  public var nonTriggering: [[String: String]]

  init(
    _ id: String, _ severity: Severity, _ summary: String, triggering: [[String: String]],
    nonTriggering: [[String: String]]
  ) {
    let name = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    self.description = RuleDescription(id: id, name: name, summary: summary, severity: severity)
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }
}

extension DocRule {
  static func page(_ frontMatter: String, _ body: String) -> String {
    "---\n\(frontMatter)\n---\n\n\(body)\n"
  }

  static func page(_ body: String) -> String { page("title: \"A page\"", body) }
}

/// Every docs rule `scimdoc check` can report.
public enum DocRules {
  public static let all: [DocRule] = pageRules + setupRules

  /// Front matter, headings, links, ids and suppressions.
  static let pageRules: [DocRule] = [
    DocRule(
      "front-matter-missing", .error,
      "The page has no front matter, but the site requires a title.",
      triggering: [["a.md": "# Hello\n\nText.\n"]],
      nonTriggering: [["a.md": DocRule.page("Text.")]]),
    DocRule(
      "front-matter-invalid", .error, "The front matter is not valid YAML (or not a mapping).",
      triggering: [["a.md": "---\ntitle: \"open\nupdated: [\n---\n\nText.\n"]],
      nonTriggering: [["a.md": DocRule.page("Text.")]]),
    DocRule(
      "front-matter-duplicate-key", .error, "A front-matter key is given twice.",
      triggering: [
        ["a.md": DocRule.page("title: \"A\"\nupdated: 2024-01-02\nupdated: 2024-01-03", "Text.")]
      ],
      nonTriggering: [["a.md": DocRule.page("title: \"A\"\nupdated: 2024-01-02", "Text.")]]),
    DocRule(
      "title-missing", .error, "The front matter has no title.",
      triggering: [["a.md": DocRule.page("updated: 2024-01-02", "Text.")]],
      nonTriggering: [["a.md": DocRule.page("Text.")]]),
    DocRule(
      "title-smart-quotes", .error, "The title holds curly quotes, which the site's lint rejects.",
      triggering: [["a.md": DocRule.page("title: \"Using \u{201C}Sync\u{201D}\"", "Text.")]],
      nonTriggering: [["a.md": DocRule.page("title: \"Using 'Sync'\"", "Text.")]]),
    DocRule(
      "updated-invalid", .error, "`updated` is not a real date.",
      triggering: [["a.md": DocRule.page("title: \"A\"\nupdated: 2023-02-30", "Text.")]],
      nonTriggering: [["a.md": DocRule.page("title: \"A\"\nupdated: 2024-02-29", "Text.")]]),
    DocRule(
      "updated-unpadded", .warning,
      "`updated` is written without leading zeros (YAML reads it as text).",
      triggering: [["a.md": DocRule.page("title: \"A\"\nupdated: 2024-1-9", "Text.")]],
      nonTriggering: [["a.md": DocRule.page("title: \"A\"\nupdated: 2024-01-09", "Text.")]]),
    DocRule(
      "front-matter-type", .error,
      "A known key has a value of the wrong type (`order` must be a number).",
      triggering: [["a.md": DocRule.page("title: \"A\"\norder: first", "Text.")]],
      nonTriggering: [["a.md": DocRule.page("title: \"A\"\norder: 12.5", "Text.")]]),
    DocRule(
      "contextual-link-type", .error, "A `contextual_links` entry has a missing or unknown type.",
      triggering: [
        [
          "a.md": DocRule.page(
            "title: \"A\"\ncontextual_links:\n  - type: banner\n    name: \"X\"", "Text.")
        ]
      ],
      nonTriggering: [
        [
          "a.md": DocRule.page(
            "title: \"A\"\ncontextual_links:\n  - type: section\n    name: \"X\"", "Text.")
        ]
      ]),
    DocRule(
      "contextual-link-url-missing", .error, "A `link` entry in `contextual_links` has no `url`.",
      triggering: [
        [
          "a.md": DocRule.page(
            "title: \"A\"\ncontextual_links:\n  - type: section\n    name: \"S\"\n  - type: link\n    name: \"X\"",
            "Text.")
        ]
      ],
      nonTriggering: [
        [
          "a.md": DocRule.page(
            "title: \"A\"\ncontextual_links:\n  - type: section\n    name: \"S\"\n  - type: link\n    name: \"X\"\n    url: \"https://example.com/\"",
            "Text.")
        ]
      ]),
    DocRule(
      "contents-link-broken", .error, "The Contents list links to a heading that does not exist.",
      triggering: [
        ["a.md": DocRule.page("## Contents\n\n* [Setup](#set-up)\n\n## Setup\n\nText.")]
      ],
      nonTriggering: [
        ["a.md": DocRule.page("## Contents\n\n* [Setup](#setup)\n\n## Setup\n\nText.")]
      ]),
    DocRule(
      "contents-missing-heading", .warning, "A heading is missing from the Contents list.",
      triggering: [
        ["a.md": DocRule.page("## Contents\n\n* [One](#one)\n\n## One\n\n## Two\n\nText.")]
      ],
      nonTriggering: [
        [
          "a.md": DocRule.page(
            "## Contents\n\n* [One](#one)\n* [Two](#two)\n\n## One\n\n## Two\n\nText.")
        ]
      ]),
    DocRule(
      "anchor-broken", .error, "An in-page `#anchor` link matches no heading (GitHub slugs).",
      triggering: [["a.md": DocRule.page("See [below](#the-end).\n\n## The ending")]],
      nonTriggering: [["a.md": DocRule.page("See [below](#the-end).\n\n## The end")]]),
    DocRule(
      "link-page-missing", .error, "A site link (`/docs/...`) matches no page of the content tree.",
      triggering: [["a.md": DocRule.page("See [b](/docs/gone/)."), "b.md": DocRule.page("B.")]],
      nonTriggering: [["a.md": DocRule.page("See [b](/docs/b/)."), "b.md": DocRule.page("B.")]]),
    DocRule(
      "link-anchor-broken", .error,
      "A site link's `#anchor` matches no heading of the target page.",
      triggering: [
        ["a.md": DocRule.page("See [b](/docs/b/#two)."), "b.md": DocRule.page("## One")]
      ],
      nonTriggering: [
        ["a.md": DocRule.page("See [b](/docs/b/#one)."), "b.md": DocRule.page("## One")]
      ]),
    DocRule(
      "page-id-duplicate", .error, "Two pages share a `page_id`.",
      triggering: [
        [
          "b.md": DocRule.page("title: \"B\"\npage_id: \"same\"", "B."),
          "a.md": DocRule.page("title: \"A\"\npage_id: \"same\"", "A."),
        ]
      ],
      nonTriggering: [
        [
          "b.md": DocRule.page("title: \"B\"\npage_id: \"b\"", "B."),
          "a.md": DocRule.page("title: \"A\"\npage_id: \"a\"", "A."),
        ]
      ]),
    DocRule(
      "suppression-without-reason", .error, "A `scimdoc-disable` comment has no `reason=\"...\"`.",
      triggering: [
        [
          "a.md": DocRule.page(
            "<!-- scimdoc-disable-next-line anchor-broken -->\nSee [x](#nowhere).")
        ]
      ],
      nonTriggering: [
        [
          "a.md": DocRule.page(
            "<!-- scimdoc-disable-next-line anchor-broken reason=\"kept for old links\" -->\nSee [x](#nowhere)."
          )
        ]
      ]),
    DocRule(
      "suppression-unknown-rule", .error,
      "A `scimdoc-disable` comment names a rule id scimdoc does not have (a typo silences "
        + "nothing); the message suggests the closest id.",
      triggering: [
        [
          "a.md": DocRule.page(
            "<!-- scimdoc-disable-next-line anchr-broken reason=\"old link\" -->\nSee [x](#nowhere)."
          )
        ]
      ],
      nonTriggering: [
        [
          "a.md": DocRule.page(
            "<!-- scimdoc-disable-next-line anchor-broken reason=\"old link\" -->\nSee [x](#nowhere)."
          )
        ]
      ]),
    DocRule(
      "suppression-unused", .warning,
      "A `scimdoc-disable` comment silences nothing (its finding was fixed, or it names the "
        + "wrong rule or line); left in place it would hide the next real problem there.",
      triggering: [
        [
          "a.md": DocRule.page(
            "## Setup\n\n<!-- scimdoc-disable-next-line anchor-broken reason=\"old link\" -->\nSee [x](#setup)."
          )
        ]
      ],
      nonTriggering: [
        [
          "a.md": DocRule.page(
            "<!-- scimdoc-disable-next-line anchor-broken reason=\"old link\" -->\nSee [x](#nowhere)."
          )
        ]
      ]),
    DocRule(
      "path-skipped", .warning,
      "A path the content walk did not take: a folder more than 64 levels deep, a folder "
        + "that cannot be read, or a symbolic link that leads out of the content folder (its "
        + "page would be published from outside the site).",
      triggering: [
        [String(repeating: "d/", count: 65) + "deep.md": DocRule.page("Text.")]
      ],
      nonTriggering: [
        [String(repeating: "d/", count: 10) + "deep.md": DocRule.page("Text.")]
      ]),
  ]

  /// The rule with `id`.
  public static func rule(_ id: String) -> DocRule? { all.first { $0.description.id == id } }
}
