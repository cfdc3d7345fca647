/// The JSON report as a ``PrettyJSON`` tree: the same keys and values the
/// `Encodable` conformances give, written without `JSONEncoder`.
extension JSONReporter.Document {
  /// The document with `findings` in place of its own (which may be left empty).
  func json(findings: PrettyJSON) -> PrettyJSON {
    .object(
      ("formatVersion", .string(formatVersion)),
      ("tool", .object(("name", .string(tool.name)), ("version", .string(tool.version)))),
      ("columnUnit", .string(columnUnit)),
      (
        "summary",
        .object(
          ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
          ("notes", .int(summary.notes)), ("suppressed", .int(summary.suppressed)),
          ("files", .int(summary.files)), ("failed", .bool(summary.failed)))
      ),
      ("findings", findings),
      ("checks", .array(checks.map(\.json))))
  }
}

extension JSONReporter.Finding {
  var json: PrettyJSON {
    .object(
      ("rule", .string(rule)), ("severity", .string(severity.rawValue)),
      ("message", .string(message)), ("key", key.map { .string($0) }),
      ("location", location?.json), ("requiredBy", requiredBy?.json),
      ("fix", fix.map { .string($0) }), ("notes", notes.map { .array($0.map { .string($0) }) }),
      ("fingerprint", .string(fingerprint)))
  }
}

extension DiagnosticLocation {
  var json: PrettyJSON {
    .object(
      ("file", .string(file)), ("line", .int(line)), ("column", .int(column)),
      ("endLine", .int(endLine)), ("endColumn", .int(endColumn)),
      ("pointer", pointer.map { .string($0) }))
  }
}

extension RequiredBy {
  var json: PrettyJSON { .object(("location", location.json), ("quote", .string(quote))) }
}

extension CheckResult {
  var json: PrettyJSON {
    .object(
      ("id", .string(id)), ("rule", .string(rule)), ("title", .string(title)),
      ("status", .string(status.rawValue)), ("message", message.map { .string($0) }),
      ("requiredBy", requiredBy?.json))
  }
}
