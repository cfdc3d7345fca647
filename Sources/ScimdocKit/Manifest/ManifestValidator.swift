import Foundation

/// One problem found in a manifest: a bad value or two requirements that disagree.
public struct ManifestProblem: Sendable, Equatable, Codable {
  /// `insecure-endpoint`, `credentials-in-url`, `invalid-url`, `unknown-value`, `contradiction`.
  public var rule: String
  public var severity: Severity
  public var message: String
  public var source: SourceSpan
  /// Other places involved (the earlier step of a contradiction).
  public var related: [SourceSpan]
  /// The sentences involved, in page order (a contradiction's two steps):
  /// what its fingerprint hashes, so it does not move with the lines.
  public var quotes: [String] = []

  /// The problem as a finding of `check` and `build`: related places as notes,
  /// the quotes for its fingerprint.
  public var diagnostic: Diagnostic {
    Diagnostic(
      rule: rule, severity: severity, message: message, location: source.location,
      notes: related.map { "see also \($0.description)" }, quotes: quotes.isEmpty ? nil : quotes)
  }

  /// `path:line:col: severity: message [rule]`, then related places.
  public var rendered: String {
    var out = "\(source.description): \(severity.rawValue): \(message) [\(rule)]"
    for r in related { out += "\n\(r.description): note: see also" }
    return out
  }
}

/// Semantic checks a JSON Schema cannot express.
public enum ManifestValidator {
  /// Neutral values allowed for enum keys.
  public static let enums: [String: Set<String>] = [
    "/provisioningMode": ["automatic", "manual"],
    "/provisioningStatus": ["on", "off"],
    "/scope": ["assigned", "all"],
    "/authentication": ["bearer", "basic", "oauth2", "header"],
    "/provider": ["entra", "okta", "onelogin", "generic"],
  ]

  /// Every problem in `manifest`, in page order.
  public static func validate(_ manifest: Manifest) -> [ManifestProblem] {
    var problems: [ManifestProblem] = []
    for r in manifest.requirements {
      if r.key == "/tenantUrl", let url = r.value?.stringValue {
        // A URL template is checked with its placeholders filled in; one that
        // starts with a placeholder (`<api-endpoint>/v1/scim`) names no scheme to check.
        if r.op == .matches {
          let filled = URLTemplate.filled(url)
          if filled.lowercased().hasPrefix("http") { problems += endpoint(filled, r) }
        } else {
          problems += endpoint(url, r)
        }
      }
      if let allowed = enums[r.key], let v = r.value?.stringValue, !allowed.contains(v) {
        problems.append(
          problem("unknown-value", .error, "'\(v)' is not a valid value for \(r.key)", r))
      }
      if r.key.hasSuffix("/actions"), case .array(let items)? = r.value {
        for item in items
        where !["create", "update", "delete", "deactivate"].contains(item.stringValue ?? "") {
          problems.append(
            problem("unknown-value", .error, "'\(item.display)' is not a provisioning action", r))
        }
      }
    }
    problems += contradictions(manifest.requirements)
    return problems.sorted {
      ($0.source.line, $0.source.column) < ($1.source.line, $1.source.column)
    }
  }

  /// The endpoint must be an absolute https URL without credentials or secret-looking query.
  static func endpoint(_ text: String, _ r: Requirement) -> [ManifestProblem] {
    guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
      let host = url.host, !host.isEmpty
    else {
      return [problem("invalid-url", .error, "'\(text)' is not an absolute URL", r)]
    }
    var out: [ManifestProblem] = []
    if scheme != "https" {
      out.append(problem("insecure-endpoint", .error, "the SCIM endpoint must use https", r))
    }
    if url.user != nil || url.password != nil {
      out.append(problem("credentials-in-url", .error, "the SCIM endpoint contains credentials", r))
    }
    let secretWords = ["token", "key", "secret", "password", "sig", "auth", "code"]
    for item in url.queryItems ?? []
    where secretWords.contains(where: { item.name.lowercased().contains($0) }) {
      out.append(
        problem(
          "credentials-in-url", .error,
          "the SCIM endpoint has a secret-looking query parameter '\(item.name)'", r))
    }
    return out
  }

  /// Two `equals` requirements on one key with different values: the later
  /// one names both places. Steps for different providers (tabs of one page)
  /// do not contradict each other.
  static func contradictions(_ requirements: [Requirement]) -> [ManifestProblem] {
    var first: [String: Requirement] = [:]
    var out: [ManifestProblem] = []
    for r in requirements where r.op == .equals {
      let slot = r.key + "|" + (r.provider ?? "")
      guard let earlier = first[slot] ?? first[r.key + "|"] else {
        first[slot] = r
        continue
      }
      if earlier.value != r.value {
        var p = problem(
          "contradiction", .error,
          "\(r.key) is set to \(r.value?.display ?? "?") here but to \(earlier.value?.display ?? "?") at line \(earlier.source.line)",
          r)
        p.related = [earlier.source]
        p.quotes = [earlier.quote, r.quote]
        out.append(p)
      }
    }
    return out
  }

  private static func problem(
    _ rule: String, _ severity: Severity, _ message: String, _ r: Requirement
  ) -> ManifestProblem {
    ManifestProblem(rule: rule, severity: severity, message: message, source: r.source, related: [])
  }
}
