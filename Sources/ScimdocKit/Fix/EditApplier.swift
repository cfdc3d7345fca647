/// Applies findings' edits to a file's bytes, as ESLint's `--fix` does: each
/// finding's edits go in together or not at all, and a finding whose edits
/// overlap those of one already taken waits for the next pass (after a
/// re-check, its edits are computed again on the new text).
///
/// Insertions at the same place do not overlap each other: they go in in
/// the order of their findings (two headings missing from a Contents list
/// are added in page order).
enum EditApplier {
  /// `bytes` with the edits of `groups` applied, and the indices of the
  /// groups whose edits went in.
  static func apply(_ groups: [[FixEdit]], to bytes: [UInt8]) -> (bytes: [UInt8], applied: [Int]) {
    var taken: [(edit: FixEdit, order: Int)] = []
    var applied: [Int] = []
    let order = groups.indices.sorted {
      (groups[$0].map(\.offset).min() ?? 0, $0) < (groups[$1].map(\.offset).min() ?? 0, $1)
    }
    for g in order {
      let edits = groups[g]
      guard !edits.isEmpty,
        edits.allSatisfy({
          $0.offset >= 0 && $0.length >= 0 && $0.offset + $0.length <= bytes.count
        }),
        !applied.contains(where: { groups[$0] == edits }),
        !edits.enumerated().contains(where: { i, a in
          edits[(i + 1)...].contains { overlap(a, $0) } || taken.contains { overlap(a, $0.edit) }
        })
      else { continue }
      applied.append(g)
      taken += edits.map { ($0, taken.count) }
    }
    // Left to right; at one offset, insertions first (in the order taken).
    taken.sort {
      ($0.edit.offset, $0.edit.length > 0 ? 1 : 0, $0.order)
        < ($1.edit.offset, $1.edit.length > 0 ? 1 : 0, $1.order)
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + taken.reduce(0) { $0 + $1.edit.text.utf8.count })
    var at = 0
    for (edit, _) in taken {
      out += bytes[at..<edit.offset]
      out += edit.text.utf8
      at = edit.offset + edit.length
    }
    out += bytes[at...]
    return (out, applied.sorted())
  }

  /// True when `a` and `b` cannot both be applied: their replaced bytes
  /// overlap, or one inserts strictly inside the other's replaced bytes.
  static func overlap(_ a: FixEdit, _ b: FixEdit) -> Bool {
    if a.length == 0, b.length == 0 { return false }
    if a.length == 0 { return b.offset < a.offset && a.offset < b.offset + b.length }
    if b.length == 0 { return a.offset < b.offset && b.offset < a.offset + a.length }
    return a.offset < b.offset + b.length && b.offset < a.offset + a.length
  }
}
