import Foundation

/// The site's front-matter schema: `title` required, `updated` a real date,
/// `order` a number, known `contextual_links` types, a `link` needs a `url`.
public enum FrontMatterRules {
  /// Findings for the front matter of `page`.
  public static func findings(_ page: Page, required: [String] = ["title"]) -> [Diagnostic] {
    let path = page.source.path
    guard let fm = page.frontMatter else {
      return [
        Diagnostic(
          rule: "front-matter-missing", severity: .error,
          message: "page has no front matter; the site requires at least a 'title'",
          location: DiagnosticLocation.start(of: path),
          fix: "start the page with '---', a 'title: \"...\"' line and '---'")
      ]
    }
    var out: [Diagnostic] = []
    if fm.title.map({ TextSearch.trimmed($0).isEmpty }) ?? true {
      let at = fm.titleRange ?? fm.range
      out.append(
        Diagnostic(
          rule: "title-missing", severity: .error, message: "front matter has no 'title'",
          location: at.map { DiagnosticLocation($0, in: path) }
            ?? DiagnosticLocation.start(of: path)))
    }
    for key in required where key != "title" && fm.yaml?[key] == nil {
      out.append(
        Diagnostic(
          rule: "front-matter-required", severity: .error,
          message: "front matter has no '\(key)', which this site requires",
          location: fm.range.map { DiagnosticLocation($0, in: path) }
            ?? DiagnosticLocation.start(of: path)))
    }
    for issue in fm.issues {
      let (rule, severity) = classify(issue.kind)
      out.append(
        Diagnostic(
          rule: rule, severity: severity, message: issue.message,
          location: DiagnosticLocation(issue.range, in: path),
          edits: FrontMatterFixes.edits(for: issue.kind, on: page)))
    }
    return out
  }

  /// The rule id and severity for each front-matter oddity.
  static func classify(_ kind: FrontMatterIssue.Kind) -> (String, Severity) {
    switch kind {
    case .notAMapping: ("front-matter-invalid", .error)
    case .wrongType: ("front-matter-type", .error)
    case .unpaddedDate: ("updated-unpadded", .warning)
    case .notADate: ("updated-invalid", .error)
    case .curlyQuotes: ("title-smart-quotes", .error)
    case .unknownLinkType: ("contextual-link-type", .error)
    case .linkWithoutURL: ("contextual-link-url-missing", .error)
    case .linkWithoutName: ("contextual-link-name-missing", .warning)
    case .urlWhitespace: ("contextual-link-url-space", .warning)
    case .firstLinkNotSection: ("contextual-links-shape", .note)
    }
  }
}
