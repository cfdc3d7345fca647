/// Builds a ``Checklist`` from a ``Manifest``: plain words, breadcrumbs, expected values.
public enum ChecklistBuilder {
  /// How a secret is shown: never its value.
  public static let secretPlaceholder = "your SCIM API key"

  /// The checklist for `manifest`.
  public static func build(_ manifest: Manifest) -> Checklist {
    let prerequisites = manifest.prerequisites.enumerated().map { i, p in
      let text =
        p.kind == "role"
        ? "You are a \(p.text)" : p.text.prefix(1).uppercased() + p.text.dropFirst()
      return ChecklistItem(
        id: "prerequisite-\(i + 1)", number: i + 1, text: String(text), breadcrumb: "",
        expected: [],
        verify: nil, severity: "error", line: p.source.line, hasBreadcrumb: false,
        hasExpected: false)
    }
    let groups = manifest.procedures.map { group($0, manifest) }
    let facts = manifest.facts.filter { $0.kind != "testConnection" }.map { $0.text + "." }
    let title = manifest.source.title ?? manifest.source.path
    return Checklist(
      title: title, provider: manifest.provider, product: manifest.product,
      source: manifest.source.path,
      storageKey: "scimdoc:" + manifest.source.path + ":" + manifest.source.contentHash.suffix(12),
      prerequisites: prerequisites, groups: groups, facts: facts,
      hasPrerequisites: !prerequisites.isEmpty, hasFacts: !facts.isEmpty)
  }

  private static func group(_ p: Procedure, _ m: Manifest) -> ChecklistGroup {
    var trail: [String] = []
    let items = p.steps.map { step -> ChecklistItem in
      let lines = step.source.line...step.source.endLine
      var expected: [String] = []
      var verify: String?
      for a in step.actions {
        switch a.kind {
        case .navigate: if let l = a.label { trail.append(l) }
        case .enter, .choose, .toggle:
          guard let label = a.label else { continue }
          expected.append("\(label): \(a.secret ? secretPlaceholder : (a.value ?? ""))")
        case .verify:
          let test = m.facts.first { $0.kind == "testConnection" && lines.contains($0.source.line) }
          verify =
            "Select \(a.label ?? "the test") and expect "
            + (test.map(expectation) ?? "a success message")
        case .click: break
        }
      }
      let requirements = m.requirements.filter { lines.contains($0.source.line) }
      expected += requirements.flatMap(tableLines)
      let path = (trail + (step.actions.first?.path ?? [])).reduce(into: [String]()) { acc, x in
        if acc.last != x { acc.append(x) }
      }
      return ChecklistItem(
        id: "\(p.id)-\(step.number)", number: step.number, text: step.text,
        breadcrumb: path.joined(separator: " › "), expected: expected, verify: verify,
        severity: requirements.map(\.severity).max()?.rawValue, line: step.source.line,
        hasBreadcrumb: !path.isEmpty, hasExpected: !expected.isEmpty,
        requirementIDs: requirements.isEmpty ? nil : requirements.map(\.id))
    }
    return ChecklistGroup(
      id: p.id, title: p.headingPath.last ?? "Procedure",
      breadcrumb: p.headingPath.joined(separator: " › "),
      optional: p.optional && !(p.headingPath.last ?? "").lowercased().contains("optional"),
      items: items)
  }

  /// One line per row of a mapping table: "Mapping: mail → emails (direct, matching 1)".
  private static func tableLines(_ r: Requirement) -> [String] {
    guard r.key.hasSuffix("/mappings"), case .array(let rows)? = r.value else { return [] }
    return rows.compactMap { row -> String? in
      guard case .object(let o) = row, let source = o["source"]?.stringValue,
        let target = o["target"]?.stringValue
      else { return nil }
      var notes: [String] = []
      if let type = o["type"]?.stringValue { notes.append(type) }
      if o["matching"] == .bool(true) { notes.append("matching attribute") }
      return "Mapping: \(source) → \(target)"
        + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
    }
  }

  /// "HTTP 200 OK with an empty ListResponse".
  private static func expectation(_ fact: Fact) -> String {
    guard case .object(let o)? = fact.value else { return fact.text }
    var s = o["status"]?.stringValue ?? "success"
    if let body = o["body"]?.stringValue { s += " with an \(body)" }
    return s
  }
}
