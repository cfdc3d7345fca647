/// The JSON report as a ``PrettyJSON`` tree, written without `JSONEncoder`. Keys are
/// listed in the sorted order they are written in (so no sorting is needed).
extension JSONReporter.Document {
  /// The document with `findings` written in it.
  func json(findings: PrettyJSON) -> PrettyJSON {
    .object(
      ("checks", .array(checks.map(\.json))),
      ("columnUnit", .string(columnUnit)),
      ("findings", findings),
      ("formatVersion", .string(formatVersion)),
      (
        "summary",
        .object(
          ("errors", .int(summary.errors)), ("failed", .bool(summary.failed)),
          ("files", .int(summary.files)), ("notes", .int(summary.notes)),
          ("suppressed", .int(summary.suppressed)), ("warnings", .int(summary.warnings)))
      ),
      ("tool", .object(("name", .string(tool.name)), ("version", .string(tool.version)))))
  }
}

extension DiagnosticLocation {
  var json: PrettyJSON {
    .object(
      ("column", .int(column)), ("endColumn", .int(endColumn)), ("endLine", .int(endLine)),
      ("file", .string(file)), ("line", .int(line)), ("pointer", pointer.map { .string($0) }))
  }
}

extension RequiredBy {
  var json: PrettyJSON { .object(("location", location.json), ("quote", .string(quote))) }
}

extension CheckResult {
  var json: PrettyJSON {
    .object(
      ("id", .string(id)), ("message", message.map { .string($0) }),
      ("requiredBy", requiredBy?.json), ("rule", .string(rule)),
      ("severity", severity.map { .string($0.rawValue) }), ("status", .string(status.rawValue)),
      ("title", .string(title)))
  }
}
