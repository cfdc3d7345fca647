/// Ticks a checklist from a lint of a live config: a step whose requirements
/// the config all satisfies is checked; a step with a violated one is flagged
/// with what is wrong.
public enum ChecklistTicks {
  /// `checklist` with `checked`, `violated` and `problems` set from `report`.
  public static func apply(_ report: Report, to checklist: Checklist) -> Checklist {
    let byID = Dictionary(report.checks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out = checklist
    for g in out.groups.indices {
      for i in out.groups[g].items.indices {
        let ids = out.groups[g].items[i].requirementIDs ?? []
        let results = ids.compactMap { byID[$0] }
        guard !results.isEmpty else { continue }
        let failed = results.filter { $0.status == .failed }
        out.groups[g].items[i].checked = failed.isEmpty
        out.groups[g].items[i].violated = !failed.isEmpty
        out.groups[g].items[i].problems = failed.isEmpty ? nil : failed.compactMap(\.message)
      }
    }
    return out
  }
}
