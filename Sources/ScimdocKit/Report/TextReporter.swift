import Foundation

/// Compiler-style text: `file:line:col: severity[rule]: message`, the line
/// with a caret, the doc sentence that requires it, and a summary line last.
public enum TextReporter {
  public static func render(_ report: Report, context: ReportContext) -> String {
    var out = ""
    for finding in report.findings where !finding.suppressed {
      out += renderOne(finding, context: context)
    }
    if !context.quiet { out += summary(report, context: context) + "\n" }
    return out
  }

  static func renderOne(_ d: Diagnostic, context: ReportContext) -> String {
    let paint = Paint(enabled: context.color)
    let v = ControlCharacters.visible
    var head = ""
    if let loc = d.location { head += "\(v(loc.file)):\(loc.line):\(loc.column): " }
    let sev = paint.severity(d.severity, "\(d.severity.rawValue)[\(d.rule)]")
    var out = paint.bold(head) + sev + ": " + v(d.message) + "\n"
    if let loc = d.location, let file = context.sources[loc.file], loc.line <= file.lineCount {
      // Escapes keep their width out of the caret count: the caret may sit
      // later than the character on such a line, never a terminal command.
      let line = v(file.lineText(loc.line))
      out += "  " + CaretSnippet.line(line) + "\n"
      let width = loc.endLine == loc.line ? max(1, loc.endColumn - loc.column + 1) : 1
      out += "  " + CaretSnippet.padding(line, column: loc.column)
      out += paint.severity(d.severity, String(repeating: "^", count: min(width, 200))) + "\n"
    }
    if let by = d.requiredBy {
      let l = by.location
      out += "  = required by \(v(l.file)):\(l.line):\(l.column): \"\(v(by.quote))\"\n"
    }
    if let fix = d.fix { out += "  = help: \(v(fix))\n" }
    for note in d.notes { out += "  = note: \(v(note))\n" }
    return out
  }

  /// `2 errors, 1 warning, 0 notes in 3 files (2 fixed, 1 suppressed)`.
  static func summary(_ report: Report, context: ReportContext) -> String {
    func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    var s = [
      plural(report.count(.error), "error"), plural(report.count(.warning), "warning"),
      plural(report.count(.note), "note"),
    ].joined(separator: ", ")
    if report.filesChecked > 0 { s += " in \(plural(report.filesChecked, "file"))" }
    var aside: [String] = []
    if report.fixedCount > 0 { aside.append("\(report.fixedCount) fixed") }
    if report.suppressedCount > 0 { aside.append("\(report.suppressedCount) suppressed") }
    if !aside.isEmpty { s += " (" + aside.joined(separator: ", ") + ")" }
    return s
  }
}

/// ANSI colours, off unless enabled.
struct Paint {
  var enabled: Bool

  func bold(_ s: String) -> String { enabled && !s.isEmpty ? "\u{1B}[1m\(s)\u{1B}[0m" : s }

  func severity(_ severity: Severity, _ s: String) -> String {
    guard enabled else { return s }
    let code =
      switch severity {
      case .error: "31"
      case .warning: "33"
      case .note: "36"
      }
    return "\u{1B}[1;\(code)m\(s)\u{1B}[0m"
  }
}

/// Control characters a page or a config can hold (ESC, BEL, CR, DEL, C1),
/// shown as `\u{1B}` so a report never drives the terminal or the log.
enum ControlCharacters {
  /// `s` with every control character but tab and line feed escaped.
  static func visible(_ s: String) -> String {
    guard
      s.unicodeScalars.contains(where: { isControl($0) })
    else { return s }
    var out = ""
    for c in s.unicodeScalars {
      if isControl(c) {
        out += "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(c)
      }
    }
    return out
  }

  static func isControl(_ c: Unicode.Scalar) -> Bool {
    (c.value < 0x20 && c != "\t" && c != "\n") || (c.value >= 0x7F && c.value <= 0x9F)
  }
}
