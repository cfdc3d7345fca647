import Foundation

/// The frame matchers' catalogue, from `Resources/extraction/frames.json`:
/// each matcher with the examples that are its tests and its documentation.
public struct FrameRule: Codable, Sendable {
  public struct Example: Codable, Sendable {
    /// The provider named in the example page's title.
    public var provider: String
    /// The step's Markdown (after `1. `).
    public var step: String
    /// `key op value` lines the manifest must hold.
    public var yields: [String]?
    /// Keys the manifest must not hold.
    public var yieldsNothing: [String]?
    /// Fact kinds the manifest must hold.
    public var yieldsFact: [String]?
  }

  public var id: String
  public var matcher: String
  public var summary: String
  public var examples: [Example]

  private struct File: Codable { var rules: [FrameRule] }

  /// Every frame rule (none if the embedded file were unreadable, which a test rules out).
  public static let all: [FrameRule] = {
    guard let text = BuiltInResources.text("extraction/frames.json"),
      let file = try? JSONDecoder().decode(File.self, from: Data(text.utf8))
    else { return [] }
    return file.rules
  }()

  /// The page an example runs in: a title naming the provider, one numbered step.
  public static func page(for example: Example) -> String {
    "---\ntitle: Set up SCIM for Example with \(example.provider)\n---\n\n"
      + "Example supports SCIM provisioning.\n\n## Configure provisioning\n\n1. \(example.step)\n"
  }

  /// The `key op value` lines of a manifest's requirements, one per list item.
  public static func yields(of manifest: Manifest) -> [String] {
    manifest.requirements.flatMap { r -> [String] in
      let head = "\(r.key) \(r.op.rawValue)"
      switch r.value {
      case nil: return [head]
      case .array(let items)?:
        return items.map { item in
          if case .object(let o) = item, let t = o["target"]?.stringValue { return "\(head) \(t)" }
          return "\(head) \(item.display)"
        }
      case let v?: return ["\(head) \(v.display)"]
      }
    }
  }

  /// The section of `docs/rules.md` for the frame rules.
  static func reference() -> String {
    var out = "## Frame rules (data: `Resources/extraction/frames.json`)\n\n"
    out += "Matchers anchored on the provider profiles' labels; the vocabulary they read is"
    out +=
      " `Resources/extraction/vocabulary.json`. Each example runs as a numbered step in a page.\n"
    for rule in all {
      out += "\n### `\(rule.id)` (\(rule.matcher))\n\n\(rule.summary).\n\n"
      out += "| step | yields |\n| --- | --- |\n"
      for e in rule.examples {
        let step = e.step.replacingOccurrences(of: "\n", with: "<br>")
          .replacingOccurrences(of: "|", with: "\\|")
        let yields =
          (e.yields ?? []) + (e.yieldsNothing ?? []).map { "no \($0)" }
          + (e.yieldsFact ?? []).map { "fact \($0)" }
        out +=
          "| \(step) | \(yields.joined(separator: "; ").replacingOccurrences(of: "|", with: "\\|")) |\n"
      }
    }
    return out
  }
}
