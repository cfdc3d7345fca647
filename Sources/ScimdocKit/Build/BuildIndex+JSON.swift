/// `index.json` as a ``PrettyJSON`` tree (`schemas/index.schema.json`),
/// without `JSONEncoder` (large sites have many findings); its findings have
/// the report's shape. Keys are listed in the sorted order they are written in.
extension BuildIndex {
  var json: PrettyJSON {
    .object(
      ("files", .array(files.map { .string($0) })),
      (
        "findings",
        .lazyArray(count: findings.count) { w, i, indent in
          w.writeFinding(findings[i], indent: indent)
        }
      ),
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
