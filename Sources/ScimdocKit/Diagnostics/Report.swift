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
  /// Findings `--fix` fixed before this report was made (they are not in it).
  public var fixedCount = 0

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
    // with its file as a number: the file's rank among the report's files in
    // string order, so the sort compares integers, not paths.
    var places: [(file: Int, line: Int, column: Int)] = []
    places.reserveCapacity(findings.count)
    var files: [String] = []  // by first appearance
    var ids: [String: Int] = [:]
    var lastFile: String?
    var lastID = 0
    // Read in place (iterating would copy each finding).
    findings.withUnsafeBufferPointer { all in
      for i in all.indices {
        let file = all[i].location?.file ?? ""
        // A file's findings mostly come together: one lookup for each run.
        if file != lastFile {
          lastFile = file
          if let id = ids[file] {
            lastID = id
          } else {
            lastID = files.count
            ids[file] = lastID
            files.append(file)
          }
        }
        places.append((lastID, all[i].location?.line ?? 0, all[i].location?.column ?? 0))
      }
    }
    var rank = [Int](repeating: 0, count: files.count)
    for (r, id) in files.indices.sorted(by: { files[$0] < files[$1] }).enumerated() { rank[id] = r }
    for i in places.indices { places[i].file = rank[places[i].file] }
    var order = Array(findings.indices)
    order.sort { i, j in
      let ka = places[i]
      let kb = places[j]
      if ka != kb { return ka < kb }
      return (findings[i].rule, findings[i].message) < (findings[j].rule, findings[j].message)
    }
    return order
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
  /// The requirement's severity: a failed check below `--fail-level` is no JUnit failure.
  public var severity: Severity?

  public init(
    id: String, rule: String, title: String, status: Status, message: String? = nil,
    requiredBy: RequiredBy? = nil, severity: Severity? = nil
  ) {
    self.id = id
    self.rule = rule
    self.title = title
    self.status = status
    self.message = message
    self.requiredBy = requiredBy
    self.severity = severity
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
