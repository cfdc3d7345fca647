import Foundation

/// Adopting scimdoc on an existing site: findings recorded in a baseline (a
/// JSON report from `check --format json` or a build's `index.json`) are not
/// reported again. Matching is by fingerprint, not line numbers.
public enum Baseline {
  /// `report` without the findings whose fingerprints `baseline` lists.
  public static func filter(_ report: Report, baseline path: String) throws(InputError) -> Report {
    let known = try fingerprints(path)
    var copy = report
    copy.findings.removeAll { known.contains($0.fingerprint) }
    return copy
  }

  /// The fingerprints in a baseline file.
  public static func fingerprints(_ path: String) throws(InputError) -> Set<String> {
    let bytes = try SourceLoader().readBytes(path)
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let findings = object["findings"] as? [[String: Any]]
    else {
      throw InputError(
        path: path, location: nil,
        message: .custom("not a scimdoc JSON report (expected an object with 'findings')"),
        lineText: nil)
    }
    var out = Set<String>()
    for finding in findings {
      if let fp = finding["fingerprint"] as? String {
        out.insert(fp)
      } else if let data = try? JSONSerialization.data(withJSONObject: finding),
        let diagnostic = try? JSONDecoder().decode(Diagnostic.self, from: data)
      {
        out.insert(diagnostic.fingerprint)
      }
    }
    return out
  }
}
