/// A setup checklist people can follow: prerequisites, then one group per procedure.
///
/// Its JSON (`schemas/checklist.schema.json`) leaves out the `has…` flags,
/// which only the templates need.
public struct Checklist: Codable, Sendable, Equatable {
  /// The JSON format's version: minor bumps add fields, a major one breaks consumers.
  public var formatVersion = "1.0"
  public var title: String
  public var provider: String
  public var product: String?
  /// The page path, for reference.
  public var source: String
  /// Key for browser storage of checkbox state: path and content hash.
  public var storageKey: String
  public var prerequisites: [ChecklistItem]
  public var groups: [ChecklistGroup]
  /// Things to know that nobody configures (interval, where to monitor).
  public var facts: [String]
  /// True when there are prerequisites (a Mustache section flag).
  public var hasPrerequisites = false
  public var hasFacts = false

  enum CodingKeys: String, CodingKey {
    case formatVersion, title, provider, product, source, storageKey, prerequisites, groups, facts
  }
}

/// One procedure's items.
public struct ChecklistGroup: Codable, Sendable, Equatable {
  public var id: String
  public var title: String
  /// Heading path, joined with ` › `.
  public var breadcrumb: String
  public var optional: Bool
  public var items: [ChecklistItem]
}

/// One thing to do and check.
public struct ChecklistItem: Codable, Sendable, Equatable {
  /// Stable id (`procedure-step`), used for checkbox state.
  public var id: String
  public var number: Int
  /// The step in plain words.
  public var text: String
  /// Where in the UI, joined with ` › ` (empty when unknown).
  public var breadcrumb: String
  /// Expected values (`Tenant URL: https://…`); secrets read "your SCIM API key".
  public var expected: [String]
  /// How to check it worked.
  public var verify: String?
  /// The strictest severity among the step's requirements.
  public var severity: String?
  public var line: Int
  public var hasBreadcrumb = false
  public var hasExpected = false
  /// The requirements this step states (for ticking from a config).
  public var requirementIDs: [String]?
  /// With `--config`: true when the config satisfies every requirement of the step.
  public var checked: Bool?
  /// With `--config`: true when the config violates a requirement of the step.
  public var violated: Bool?
  /// With `--config`: what the config gets wrong, in words (never a secret).
  public var problems: [String]?

  enum CodingKeys: String, CodingKey {
    case id, number, text, breadcrumb, expected, verify, severity, line, requirementIDs, checked
    case violated, problems
  }
}

extension Checklist {
  /// Text that Markdown shows as written: `\`, `` ` ``, `[`, `]` are
  /// backslash-escaped, `&`, `<`, `>` become entities and line breaks spaces,
  /// so no page text becomes HTML, a link or a code span in `checklist.md`.
  static func markdownInert(_ text: String) -> String {
    guard
      text.utf8.contains(where: {
        $0 == 0x5C || $0 == 0x60 || $0 == 0x5B || $0 == 0x5D || $0 == 0x26 || $0 == 0x3C
          || $0 == 0x3E || $0 == 0x0A || $0 == 0x0D
      })
    else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for c in text.unicodeScalars {
      switch c {
      case "\\", "`", "[", "]": out += "\\" + String(c)
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n", "\r": out += " "
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// This checklist with every text made inert for a Markdown template.
  func escapedForMarkdown() -> Checklist {
    let e = Checklist.markdownInert
    var c = self
    c.title = e(title)
    c.provider = e(provider)
    c.product = product.map(e)
    // The source sits in a code span: only a backtick could end it.
    c.source = source.replacingOccurrences(of: "`", with: "'")
    c.facts = facts.map(e)
    func item(_ i: ChecklistItem) -> ChecklistItem {
      var i = i
      i.text = e(i.text)
      i.breadcrumb = e(i.breadcrumb)
      i.expected = i.expected.map(e)
      i.verify = i.verify.map(e)
      i.problems = i.problems?.map(e)
      return i
    }
    c.prerequisites = prerequisites.map(item)
    c.groups = groups.map { g in
      var g = g
      g.title = e(g.title)
      g.breadcrumb = e(g.breadcrumb)
      g.items = g.items.map(item)
      return g
    }
    return c
  }
}
