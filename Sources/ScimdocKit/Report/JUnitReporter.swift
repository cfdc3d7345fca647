import Foundation

/// JUnit XML: one test case per requirement (passing ones included), and one
/// case per finding that no requirement covers.
///
/// A case fails only when its finding is at or above `--fail-level` (never
/// with `--fail-level none`), so the failures are what fails the run: below
/// that level a finding is a passing case with the finding in `<system-out>`
/// (as Doc Detective and pytest's warnings do; JUnit has no warning state).
public enum JUnitReporter {
  public static func render(_ report: Report, context: ReportContext) -> String {
    var cases: [String] = []
    var failures = 0
    var skipped = 0
    /// True when a finding at `severity` is a `<failure>` in this run.
    func fails(_ severity: Severity) -> Bool {
      !context.neverFails && severity >= context.failLevel
    }
    /// A case for a finding: a failure, or a passing case that says what it found.
    func finding(_ attrs: String, _ severity: Severity, _ message: String, at: String) -> String {
      if fails(severity) {
        failures += 1
        return
          "    <testcase \(attrs)><failure type=\"\(severity.rawValue)\" message=\"\(xml(message))\">\(xml(at))</failure></testcase>"
      }
      let out = severity.rawValue + ": " + message + (at.isEmpty ? "" : " (" + at + ")")
      return "    <testcase \(attrs)><system-out>\(xml(out))</system-out></testcase>"
    }
    for check in report.checks {
      var attrs = "classname=\"\(xml(check.rule))\" name=\"\(xml(check.title))\""
      if let by = check.requiredBy {
        attrs += " file=\"\(xml(by.location.file))\" line=\"\(by.location.line)\""
      }
      switch check.status {
      case .passed: cases.append("    <testcase \(attrs)/>")
      case .skipped:
        skipped += 1
        cases.append(
          "    <testcase \(attrs)><skipped message=\"\(xml(check.message ?? ""))\"/></testcase>")
      case .failed:
        let at = check.requiredBy.map { "required by \($0.location.file):\($0.location.line)" }
        cases.append(
          finding(attrs, check.severity ?? .error, check.message ?? "", at: at ?? ""))
      }
    }
    // Findings no requirement covers (docs findings, job health) are cases too.
    let uncovered = report.findings.filter {
      !$0.suppressed && (report.checks.isEmpty || $0.requiredBy == nil)
    }
    for d in uncovered {
      var attrs = "classname=\"\(xml(d.rule))\" name=\"\(xml(d.message))\""
      if let l = d.location { attrs += " file=\"\(xml(l.file))\" line=\"\(l.line)\"" }
      let at = d.location.map { "\($0.file):\($0.line):\($0.column)" } ?? ""
      cases.append(finding(attrs, d.severity, d.message, at: at))
    }
    let counts =
      "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"\(context.toolName)\" \(counts)>\n"
    out += "  <testsuite name=\"\(context.toolName)\" \(counts)>\n"
    out += cases.joined(separator: "\n") + (cases.isEmpty ? "" : "\n")
    out += "  </testsuite>\n</testsuites>\n"
    return out
  }

  /// Escapes text for XML attributes and content; drops characters XML 1.0 forbids.
  static func xml(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n": out += "&#10;"
      case "\t", "\r": out.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
