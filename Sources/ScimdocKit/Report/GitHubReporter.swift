import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
public enum GitHubReporter {
  public static func render(_ report: Report, context: ReportContext) -> String {
    var out = ""
    for d in report.findings where !d.suppressed {
      let command =
        switch d.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
      var props: [String] = []
      if let l = d.location {
        props.append("file=\(property(l.file))")
        props.append("line=\(l.line)")
        props.append("endLine=\(l.endLine)")
        if l.line == l.endLine {
          props.append("col=\(l.column)")
          props.append("endColumn=\(l.endColumn)")
        }
      }
      props.append("title=\(property("scimdoc \(d.rule)"))")
      var message = d.message
      if let by = d.requiredBy {
        message += "\nrequired by \(by.location.file):\(by.location.line): \(by.quote)"
      }
      out += "::\(command) \(props.joined(separator: ","))::\(data(message))\n"
    }
    out += "::notice title=scimdoc::\(data(TextReporter.summary(report, context: context)))\n"
    return out
  }

  static func data(_ s: String) -> String {
    ControlCharacters.visible(
      s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
        .replacingOccurrences(of: "\n", with: "%0A"))
  }

  static func property(_ s: String) -> String {
    data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
