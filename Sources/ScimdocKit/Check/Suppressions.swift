import Foundation

/// An inline suppression comment in a page.
///
/// `<!-- scimdoc-disable-next-line RULE[,RULE] reason="..." -->` silences the
/// rules on the next non-blank line; `<!-- scimdoc-disable-file RULE reason="..." -->`
/// silences them in the whole page. A reason is required.
public struct Suppression: Codable, Sendable, Hashable {
  public enum Scope: String, Codable, Sendable { case nextLine, file }

  public var rules: [String]
  public var scope: Scope
  public var reason: String
  /// The line the suppression applies to (next-line scope).
  public var targetLine: Int
  /// Where the comment is.
  public var location: DiagnosticLocation

  /// True when this suppression silences `finding`.
  public func covers(_ finding: Diagnostic) -> Bool {
    guard rules.contains(finding.rule) || rules.contains("*") else { return false }
    guard finding.location?.file == location.file else { return false }
    switch scope {
    case .file: return true
    case .nextLine: return finding.location?.line == targetLine
    }
  }
}

/// One page's suppressions by scope and line: whether a finding is
/// silenced is a lookup, not a pass over every comment, so a page with
/// many suppressions and many findings stays linear.
struct SuppressionIndex: Sendable {
  /// Each rule's reason (the first comment's, when several name it).
  private var fileRules: [String: String] = [:]
  private var lineRules: [Int: [String: String]] = [:]

  init(_ suppressions: [Suppression]) {
    for s in suppressions {
      for rule in s.rules {
        switch s.scope {
        case .file: fileRules[rule] = fileRules[rule] ?? s.reason
        case .nextLine:
          lineRules[s.targetLine, default: [:]][rule] = lineRules[s.targetLine]?[rule] ?? s.reason
        }
      }
    }
  }

  /// ``Suppression/covers(_:)`` for any of the page's suppressions (the
  /// finding is in this page).
  func covers(_ finding: Diagnostic) -> Bool { reason(for: finding) != nil }

  /// The reason of the suppression that silences `finding`, or nil when none does.
  func reason(for finding: Diagnostic) -> String? {
    if let reason = fileRules[finding.rule] ?? fileRules["*"] { return reason }
    guard let line = finding.location?.line, let rules = lineRules[line] else { return nil }
    return rules[finding.rule] ?? rules["*"]
  }

  /// The suppressions of `all` that silence none of `findings` (all in one
  /// page), as `suppression-unused` warnings: a comment left behind after
  /// its finding was fixed hides the next real problem on that line.
  static func unused(_ all: [Suppression], findings: [Diagnostic]) -> [Diagnostic] {
    var fileRules: Set<String> = []
    var lineRules: Set<String> = []
    for f in findings {
      fileRules.insert(f.rule)
      if let line = f.location?.line { lineRules.insert("\(line) \(f.rule)") }
    }
    let anyLines = Set(findings.compactMap { $0.location?.line })
    return all.compactMap { s in
      let used = s.rules.contains { rule in
        switch s.scope {
        case .file: rule == "*" ? !findings.isEmpty : fileRules.contains(rule)
        case .nextLine:
          rule == "*"
            ? anyLines.contains(s.targetLine) : lineRules.contains("\(s.targetLine) \(rule)")
        }
      }
      guard !used, s.rules.allSatisfy(RuleCatalog.isKnown) else { return nil }
      return Diagnostic(
        rule: "suppression-unused", severity: .warning,
        message:
          "this scimdoc-disable comment silences nothing (\(s.rules.joined(separator: ", "))); remove it",
        location: s.location)
    }
  }
}

/// Finds suppression comments in a page.
public enum SuppressionScanner {
  static let pattern = try? NSRegularExpression(
    pattern:
      #"<!--\s*scimdoc-disable-(next-line|file)\s+([A-Za-z0-9_\-,\s*]+?)\s*(?:reason\s*=\s*"([^"]*)")?\s*-->"#
  )

  /// The suppressions in `document`, and findings for malformed ones.
  public static func scan(_ document: MarkupNode, in file: SourceFile) -> (
    [Suppression], [Diagnostic]
  ) {
    // A comment's text is the page's own bytes, a line at a time: a page
    // whose bytes never name the marker (most pages) has no comment to find.
    guard mentionsMarker(file.bytes) else { return ([], []) }
    var suppressions: [Suppression] = []
    var problems: [Diagnostic] = []
    document.walk(only: [.htmlBlock, .htmlInline]) { node in
      let literal: String
      switch node.kind {
      case .htmlBlock(let l), .htmlInline(let l): literal = l
      default: return
      }
      // The pattern is compiled on first use: most sites have no suppressions.
      guard TextSearch.contains("scimdoc-disable", in: literal), let pattern else { return }
      let ns = literal as NSString
      var utf16Offset = 0
      var utf8Offset = 0
      for match in pattern.matches(in: literal, range: NSRange(location: 0, length: ns.length)) {
        let scope: Suppression.Scope =
          ns.substring(with: match.range(at: 1)) == "file" ? .file : .nextLine
        let rules = ns.substring(with: match.range(at: 2))
          .split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" }).map(String.init)
        // UTF-8 offset of the match, counted on from the previous match
        // (not from the start of the literal each time: linear in the block).
        utf8Offset +=
          ns.substring(
            with: NSRange(location: utf16Offset, length: match.range.location - utf16Offset)
          ).utf8.count
        utf16Offset = match.range.location
        let startOffset = node.byteRange.lowerBound + utf8Offset
        let endOffset = startOffset + ns.substring(with: match.range).utf8.count
        let range = file.range(startOffset..<endOffset)
        let location = DiagnosticLocation(range, in: file.path)
        let reason =
          match.range(at: 3).location == NSNotFound ? "" : ns.substring(with: match.range(at: 3))
        // A misspelled rule id silences nothing: say so at the comment.
        for id in rules where !RuleCatalog.isKnown(id) {
          problems.append(
            Diagnostic(
              rule: "suppression-unknown-rule", severity: .error,
              message:
                "scimdoc-disable names the unknown rule '\(id)'\(RuleCatalog.suggestion(for: id))",
              location: location))
        }
        if reason.trimmingCharacters(in: .whitespaces).isEmpty {
          problems.append(
            Diagnostic(
              rule: "suppression-without-reason", severity: .error,
              message: "a scimdoc-disable comment needs reason=\"...\"; it was not applied",
              location: location))
          continue
        }
        suppressions.append(
          Suppression(
            rules: rules, scope: scope, reason: reason,
            targetLine: nextNonBlankLine(after: range.end.line, in: file), location: location))
      }
    }
    return (suppressions, problems)
  }

  /// True when `bytes` hold "scimdoc-disable".
  static func mentionsMarker(_ bytes: [UInt8]) -> Bool {
    let marker: StaticString = "scimdoc-disable"
    let m = marker.utf8Start
    let n = marker.utf8CodeUnitCount
    // Its `b` is searched for (memchr): of its letters, the rarest in prose.
    let b = 12
    return bytes.withUnsafeBufferPointer { p in
      guard let base = p.baseAddress, p.count >= n else { return false }
      var i = b
      while i < p.count - (n - 1 - b),
        let hit = memchr(base + i, Int32(m[b]), p.count - (n - 1 - b) - i)
      {
        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if memcmp(base + at - b, m, n) == 0 { return true }
        i = at + 1
      }
      return false
    }
  }

  static func nextNonBlankLine(after line: Int, in file: SourceFile) -> Int {
    var l = line + 1
    while l <= file.lineCount, file.lineText(l).allSatisfy({ $0 == " " || $0 == "\t" }) { l += 1 }
    return l
  }
}
