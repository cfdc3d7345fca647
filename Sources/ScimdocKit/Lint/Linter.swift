/// Evaluates a manifest's requirements on a loaded config.
///
/// Every finding points at the config value (or the object where it is
/// missing) and at the sentence that demands it. Job-health findings come
/// whatever the docs say.
public enum Linter {
  /// The findings and per-requirement results for `config` against `manifests`.
  public static func lint(_ config: LoadedConfig, against manifests: [Manifest]) -> Report {
    var findings: [Diagnostic] = []
    var checks: [CheckResult] = []
    for manifest in manifests {
      for requirement in manifest.requirements {
        var outcome = evaluate(requirement, config)
        var severity = requirement.severity
        if outcome != nil, !config.format.reports(requirement.key),
          ConfigValues.value(at: requirement.key, in: config.config) == nil
        {
          outcome = Failure(
            rule: "requirement-unverifiable",
            message:
              "'\(requirement.key)' is not in a \(config.format.title) export; check it by hand",
            fix: nil)
          severity = .note
        }
        let requiredBy = RequiredBy(
          location: requirement.source.location,
          quote: requirement.quote)
        let title =
          "\(requirement.key) \(requirement.op.rawValue)"
          + (requirement.secret ? "" : requirement.value.map { " \($0.display)" } ?? "")
        guard let failure = outcome else {
          checks.append(
            CheckResult(
              id: requirement.id, rule: "requirement", title: title, status: .passed,
              requiredBy: requiredBy, severity: requirement.severity))
          continue
        }
        let diagnostic = Diagnostic(
          rule: failure.rule, severity: severity, message: failure.message,
          location: location(requirement.key, config), key: requirement.key,
          requiredBy: requiredBy, fix: failure.fix)
        findings.append(diagnostic)
        checks.append(
          CheckResult(
            id: requirement.id, rule: failure.rule, title: title,
            status: failure.rule == "requirement-unverifiable" ? .skipped : .failed,
            message: failure.message, requiredBy: requiredBy, severity: severity))
      }
    }
    findings += HealthChecks.run(config)
    return Report(findings: findings, checks: checks, rules: LintRules.all, filesChecked: 1)
  }

  /// Where `key` is in the config file: the value, or the parent object.
  static func location(_ key: String, _ config: LoadedConfig) -> DiagnosticLocation {
    guard let entry = config.location(of: key) else {
      return DiagnosticLocation.start(of: config.path, pointer: "")
    }
    var range = entry.range
    if entry.isMissing || range.end.line != range.start.line {
      // Point at the opening line of the parent object, not all of it.
      range.end = range.start
    }
    return DiagnosticLocation(range, in: entry.path, pointer: entry.inputPointer)
  }

  struct Failure {
    var rule: String
    var message: String
    var fix: String?
  }

  /// Nil when the requirement holds; otherwise why not.
  static func evaluate(_ r: Requirement, _ loaded: LoadedConfig) -> Failure? {
    let actual = ConfigValues.value(at: r.key, in: loaded.config)
    let shownExpected = r.secret ? "a credential" : r.value.map { "'\($0.display)'" } ?? "a value"
    let shownActual = r.secret ? "set" : actual.map { "'\($0.display)'" } ?? "not set"
    switch r.op {
    case .present:
      guard !ValueComparison.isPresent(actual) else { return nil }
      return Failure(
        rule: "requirement-missing",
        message: "'\(r.key)' is not set, but the docs require \(shownExpected)",
        fix: r.secret ? "enter your SCIM credential in the provisioning settings" : nil)
    case .absent:
      guard ValueComparison.isPresent(actual) else { return nil }
      return Failure(
        rule: "requirement-unexpected",
        message: "'\(r.key)' is \(shownActual), but the docs say it must not be set")
    case .equals:
      guard let expected = r.value else { return nil }
      guard let actual else {
        return Failure(
          rule: "requirement-missing",
          message: "'\(r.key)' is not set, but the docs require \(shownExpected)",
          fix: "set '\(r.key)' to \(shownExpected)")
      }
      if ValueComparison.equals(expected, actual, key: r.key) { return nil }
      return Failure(
        rule: "requirement-mismatch",
        message: "'\(r.key)' is \(shownActual), but the docs require \(shownExpected)",
        fix: "change it to \(shownExpected)")
    case .matches:
      guard case .string(let template)? = r.value else { return nil }
      guard let actual else {
        return Failure(
          rule: "requirement-missing",
          message: "'\(r.key)' is not set, but the docs require a URL of the form '\(template)'",
          fix: "set '\(r.key)' to your own URL of the form '\(template)'")
      }
      guard case .string(let url) = actual, let part = URLTemplate.mismatch(template, url) else {
        return nil
      }
      return Failure(
        rule: "requirement-mismatch",
        message:
          "'\(r.key)' is \(shownActual), which does not fit the docs' '\(template)' (the part '\(part)' differs)",
        fix: "use a URL of the form '\(template)'")
    case .notEquals:
      guard let forbidden = r.value, let actual,
        ValueComparison.equals(forbidden, actual, key: r.key)
      else { return nil }
      return Failure(
        rule: "requirement-forbidden",
        message: "'\(r.key)' is \(shownActual), which the docs say not to use",
        fix: "choose another value than \(shownExpected)")
    case .excludes:
      guard let forbidden = r.value, let actual else { return nil }
      let missing = ValueComparison.missingItems(forbidden, in: actual)
      guard case .array(let all) = forbidden else { return nil }
      let present = all.filter { item in !missing.contains(item) }
      if present.isEmpty { return nil }
      let names = present.map { "'\($0.display)'" }.joined(separator: ", ")
      return Failure(
        rule: "requirement-forbidden",
        message: "'\(r.key)' includes \(names), which the docs say not to use",
        fix: "remove \(names)")
    case .contains:
      guard let expected = r.value else { return nil }
      guard let actual else {
        return Failure(
          rule: "requirement-missing",
          message: "'\(r.key)' is not set, but the docs require it to include \(shownExpected)")
      }
      let missing = ValueComparison.missingItems(expected, in: actual)
      if missing.isEmpty { return nil }
      let names = missing.map { "'\($0.display)'" }.joined(separator: ", ")
      return Failure(
        rule: "requirement-incomplete",
        message: "'\(r.key)' lacks \(names), which the docs require", fix: "add \(names)")
    }
  }
}
