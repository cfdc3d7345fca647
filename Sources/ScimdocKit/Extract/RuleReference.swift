/// The extraction rule reference, generated from the catalogue (STYLE.md #5).
extension Rules {
  /// A Markdown page listing every rule with its summary and examples.
  public static func reference() -> String {
    var out = "# Extraction rules\n\n"
    out += "Generated from `Rules.all`; each example is also a test.\n"
    out += "Rules are tried in this order; the first that matches a sentence wins.\n"
    for rule in all {
      out += "\n## `\(rule.id)`\n\n\(rule.summary).\n\n"
      out += "| sentence | yields |\n| --- | --- |\n"
      for example in rule.examples {
        let yields =
          example.expected.isEmpty ? "(nothing)" : example.expected.joined(separator: "; ")
        out += "| \(cell(example.markdown)) | \(cell(yields)) |\n"
      }
    }
    return out
  }

  private static func cell(_ s: String) -> String {
    s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
