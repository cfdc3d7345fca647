/// `index.json` as a ``PrettyJSON`` tree: the same text `StableJSON` gives
/// for ``BuildIndex``, without `JSONEncoder` (large sites have many findings).
extension BuildIndex {
  var json: PrettyJSON {
    .object(
      ("formatVersion", .string(formatVersion)), ("tool", .string(tool)),
      (
        "pages",
        .array(
          pages.map { p in
            .object(
              ("path", .string(p.path)), ("title", p.title.map { .string($0) }),
              ("pageID", p.pageID.map { .string($0) }),
              ("provider", p.provider.map { .string($0) }),
              ("requirements", .int(p.requirements)),
              ("outputs", .array(p.outputs.map { .string($0) })))
          })
      ),
      (
        "summary",
        .object(
          ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
          ("notes", .int(summary.notes)), ("suppressed", .int(summary.suppressed)))
      ),
      ("findings", .array(findings.map(\.json))), ("files", .array(files.map { .string($0) })))
  }
}

extension Diagnostic {
  /// The synthesized `Encodable` form: every stored property, nil ones left out.
  var json: PrettyJSON {
    .object(
      ("rule", .string(rule)), ("severity", .string(severity.rawValue)),
      ("message", .string(message)), ("location", location?.json),
      ("key", key.map { .string($0) }), ("requiredBy", requiredBy?.json),
      ("fix", fix.map { .string($0) }), ("notes", .array(notes.map { .string($0) })),
      ("suppressed", .bool(suppressed)))
  }
}
