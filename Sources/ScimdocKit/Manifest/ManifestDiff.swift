/// Requirement-level changes between two versions of a page.
public struct ManifestDiff: Sendable, Codable, Equatable {
  /// One change: a key added, removed or changed, with both sources.
  public struct Change: Sendable, Codable, Equatable {
    /// `added`, `removed` or `changed`.
    public var kind: String
    public var key: String
    public var old: Requirement?
    public var new: Requirement?
  }

  /// The JSON format's version (`schemas/diff.schema.json`): minor bumps add
  /// fields, a major one breaks consumers.
  public var formatVersion = "1.0"
  public var changes: [Change]

  /// Compares requirements by key (and occurrence of the key), ignoring ids and positions.
  public static func compare(_ old: Manifest, _ new: Manifest) -> ManifestDiff {
    let a = keyed(old.requirements)
    let b = keyed(new.requirements)
    var changes: [Change] = []
    for (k, r) in a where b[k] == nil {
      changes.append(Change(kind: "removed", key: r.key, old: r, new: nil))
    }
    for (k, r) in b {
      guard let o = a[k] else {
        changes.append(Change(kind: "added", key: r.key, old: nil, new: r))
        continue
      }
      if o.op != r.op || o.value != r.value || o.severity != r.severity || o.secret != r.secret {
        changes.append(Change(kind: "changed", key: r.key, old: o, new: r))
      }
    }
    changes.sort { ($0.key, $0.kind) < ($1.key, $1.kind) }
    return ManifestDiff(changes: changes)
  }

  /// Requirements keyed by `key#n` (the n-th requirement on that key, op-wise).
  private static func keyed(_ rs: [Requirement]) -> [String: Requirement] {
    var counts: [String: Int] = [:]
    var out: [String: Requirement] = [:]
    for r in rs {
      let base = "\(r.key) \(r.op == .present ? "present" : "value")"
      let n = (counts[base] ?? 0) + 1
      counts[base] = n
      out["\(base)#\(n)"] = r
    }
    return out
  }

  /// A readable report: one line per change with both places, secrets never shown.
  public func rendered() -> String {
    if changes.isEmpty { return "no requirement changes\n" }
    var out = ""
    for c in changes {
      switch c.kind {
      case "added": out += "+ \(c.key) \(Self.describe(c.new))\n    new: \(Self.place(c.new))\n"
      case "removed": out += "- \(c.key) \(Self.describe(c.old))\n    old: \(Self.place(c.old))\n"
      default:
        out += "~ \(c.key) \(Self.describe(c.old)) -> \(Self.describe(c.new))\n"
        out += "    old: \(Self.place(c.old))\n    new: \(Self.place(c.new))\n"
      }
    }
    let counts = ["added", "removed", "changed"].map { k in
      "\(changes.filter { $0.kind == k }.count) \(k)"
    }
    return out + counts.joined(separator: ", ") + "\n"
  }

  private static func describe(_ r: Requirement?) -> String {
    guard let r else { return "" }
    let value = r.secret ? "(secret)" : (r.value?.display ?? "")
    return "\(r.op.rawValue) \(value) [\(r.severity.rawValue)]".replacingOccurrences(
      of: "  ", with: " ")
  }

  private static func place(_ r: Requirement?) -> String {
    guard let r else { return "" }
    return "\(r.source.description) \"\(r.quote)\""
  }
}
