/// Everything one run of `check` or `lint` found, ready for a reporter.
public struct Report: Sendable {
  /// Findings in the order to show them (see ``sorted()``).
  public var findings: [Diagnostic]
  /// One record per requirement evaluated (JUnit shows passing ones too).
  public var checks: [CheckResult]
  /// The rules that may appear, for SARIF's rule table.
  public var rules: [RuleDescription]
  /// The number of findings silenced by suppressions.
  public var suppressedCount: Int
  /// Files examined (pages or configs).
  public var filesChecked: Int

  public init(
    findings: [Diagnostic], checks: [CheckResult] = [], rules: [RuleDescription] = [],
    suppressedCount: Int = 0, filesChecked: Int = 0
  ) {
    self.findings = findings
    self.checks = checks
    self.rules = rules
    self.suppressedCount = suppressedCount
    self.filesChecked = filesChecked
  }

  /// Findings sorted by file, line, column, rule: stable output.
  public func sorted() -> Report {
    var copy = self
    copy.findings = sortedOrder().map { findings[$0] }
    return copy
  }

  /// The indices of ``findings`` in ``sorted()`` order (the same sort, applied
  /// to indices, so a large report need not be copied to be shown in order).
  func sortedOrder() -> [Int] {
    // Each finding's place read once, not two findings copied per comparison,
    // with its file as a rank among the report's files (ranked in the same
    // string order), so the sort compares integers, not paths.
    let files = fileRanks()
    var lastFile = ""
    var lastRank = files[""] ?? 0
    let places = findings.map { finding -> (Int, Int, Int) in
      let file = finding.location?.file ?? ""
      if file != lastFile {
        lastFile = file
        lastRank = files[file] ?? 0
      }
      return (lastRank, finding.location?.line ?? 0, finding.location?.column ?? 0)
    }
    var order = Array(findings.indices)
    order.sort { i, j in
      let ka = places[i]
      let kb = places[j]
      if ka != kb { return ka < kb }
      return (findings[i].rule, findings[i].message) < (findings[j].rule, findings[j].message)
    }
    return order
  }

  /// Each file named by a finding (`""` for none), mapped to its place
  /// among them in string order.
  private func fileRanks() -> [String: Int] {
    var ranks: [String: Int] = [:]
    var last: String?
    for i in findings.indices {
      let file = findings[i].location?.file ?? ""
      if file == last { continue }  // findings of one file mostly come together
      last = file
      ranks[file] = 0
    }
    for (rank, file) in ranks.keys.sorted().enumerated() { ranks[file] = rank }
    return ranks
  }

  /// Count of unsuppressed findings at each severity.
  public func count(_ severity: Severity) -> Int {
    // Indexed, so only the two fields are read (not a copy of each finding).
    var n = 0
    for i in findings.indices where findings[i].severity == severity && !findings[i].suppressed {
      n += 1
    }
    return n
  }

  /// True when some unsuppressed finding is at or above `level`.
  public func fails(at level: Severity) -> Bool {
    findings.indices.contains { findings[$0].severity >= level && !findings[$0].suppressed }
  }
}

/// The outcome of one requirement.
public struct CheckResult: Codable, Sendable, Hashable {
  public enum Status: String, Codable, Sendable { case passed, failed, skipped }

  public var id: String
  public var rule: String
  public var title: String
  public var status: Status
  public var message: String?
  public var requiredBy: RequiredBy?

  public init(
    id: String, rule: String, title: String, status: Status, message: String? = nil,
    requiredBy: RequiredBy? = nil
  ) {
    self.id = id
    self.rule = rule
    self.title = title
    self.status = status
    self.message = message
    self.requiredBy = requiredBy
  }
}

/// A rule's documentation: its id, summary and default severity.
public struct RuleDescription: Codable, Sendable, Hashable {
  public var id: String
  public var name: String
  public var summary: String
  public var severity: Severity

  public init(id: String, name: String, summary: String, severity: Severity) {
    self.id = id
    self.name = name
    self.summary = summary
    self.severity = severity
  }
}
