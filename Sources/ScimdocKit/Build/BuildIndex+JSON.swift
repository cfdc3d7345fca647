/// `index.json` as a ``PrettyJSON`` tree: the same text `StableJSON` gives
/// for ``BuildIndex``, without `JSONEncoder` (large sites have many findings).
/// Keys are listed in the sorted order they are written in.
extension BuildIndex {
  var json: PrettyJSON {
    .object(
      ("files", .array(files.map { .string($0) })), ("findings", .array(findings.map(\.json))),
      ("formatVersion", .string(formatVersion)),
      (
        "pages",
        .array(
          pages.map { p in
            .object(
              ("outputs", .array(p.outputs.map { .string($0) })),
              ("pageID", p.pageID.map { .string($0) }), ("path", .string(p.path)),
              ("provider", p.provider.map { .string($0) }),
              ("requirements", .int(p.requirements)), ("title", p.title.map { .string($0) }))
          })
      ),
      (
        "summary",
        .object(
          ("errors", .int(summary.errors)), ("notes", .int(summary.notes)),
          ("suppressed", .int(summary.suppressed)), ("warnings", .int(summary.warnings)))
      ),
      ("tool", .string(tool)))
  }
}

extension Diagnostic {
  /// The synthesized `Encodable` form: every stored property, nil ones left out.
  var json: PrettyJSON {
    .object(
      ("fix", fix.map { .string($0) }), ("key", key.map { .string($0) }),
      ("location", location?.json), ("message", .string(message)),
      ("notes", .array(notes.map { .string($0) })), ("requiredBy", requiredBy?.json),
      ("rule", .string(rule)), ("severity", .string(severity.rawValue)),
      ("suppressed", .bool(suppressed)))
  }
}
