import Foundation

/// JUnit XML: one test case per requirement (passing ones included), and one
/// failing case per finding that no requirement covers. Warnings and notes are
/// passing cases with the message in `<system-out>`.
public enum JUnitReporter {
  public static let identifier = "junit"

  public static func render(_ report: Report, context: ReportContext) -> String {
    var cases: [String] = []
    var failures = 0
    var skipped = 0
    var covered = Set<String>()
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
        failures += 1
        covered.insert(check.id)
        cases.append(
          "    <testcase \(attrs)><failure type=\"error\" message=\"\(xml(check.message ?? ""))\"/></testcase>"
        )
      }
    }
    // Findings no requirement covers (docs findings, job health) are cases too.
    let uncovered = report.findings.filter {
      !$0.suppressed && (report.checks.isEmpty || $0.requiredBy == nil)
    }
    do {
      for d in uncovered {
        var attrs = "classname=\"\(xml(d.rule))\" name=\"\(xml(d.message))\""
        if let l = d.location { attrs += " file=\"\(xml(l.file))\" line=\"\(l.line)\"" }
        if d.severity == .error {
          failures += 1
          let at = d.location.map { "\($0.file):\($0.line):\($0.column)" } ?? ""
          cases.append(
            "    <testcase \(attrs)><failure type=\"\(d.severity.rawValue)\" message=\"\(xml(d.message))\">\(xml(at))</failure></testcase>"
          )
        } else {
          cases.append(
            "    <testcase \(attrs)><system-out>\(xml(d.severity.rawValue + ": " + d.message))</system-out></testcase>"
          )
        }
      }
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
