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
    var applied: [Int] = []
    var seen = Set<[FixEdit]>()
    var taken = Taken()
    let order = groups.indices.sorted {
      (groups[$0].map(\.offset).min() ?? 0, $0) < (groups[$1].map(\.offset).min() ?? 0, $1)
    }
    for g in order {
      let edits = groups[g]
      guard !edits.isEmpty, !seen.contains(edits),
        edits.allSatisfy({
          $0.offset >= 0 && $0.length >= 0 && $0.offset + $0.length <= bytes.count
        }),
        !edits.enumerated().contains(where: { i, a in
          edits[(i + 1)...].contains { overlap(a, $0) } || taken.conflicts(a)
        })
      else { continue }
      seen.insert(edits)
      applied.append(g)
      for edit in edits { taken.add(edit) }
    }
    // Left to right; at one offset, insertions first (in the order taken).
    let edits = taken.all.enumerated().sorted {
      ($0.element.offset, $0.element.length > 0 ? 1 : 0, $0.offset)
        < ($1.element.offset, $1.element.length > 0 ? 1 : 0, $1.offset)
    }.map(\.element)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.text.utf8.count })
    var at = 0
    for edit in edits {
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

  /// The edits taken so far, with their replaced ranges and insertion
  /// points kept sorted, so a conflict costs two binary searches (a page
  /// with thousands of fixes must not cost a scan of them per fix).
  struct Taken {
    private(set) var all: [FixEdit] = []
    /// Disjoint replaced ranges, by start: their starts and their ends.
    private var starts: [Int] = []
    private var ends: [Int] = []
    /// Insertion offsets, ascending.
    private var points: [Int] = []

    /// True when `e` overlaps an edit taken (see ``EditApplier/overlap(_:_:)``).
    func conflicts(_ e: FixEdit) -> Bool {
      let end = e.offset + e.length
      // The last span starting before the edit's end (or, for an insertion,
      // before its point) is the only one it can overlap.
      let i = starts.countBelow(e.length == 0 ? e.offset : end)
      if i > 0, ends[i - 1] > e.offset { return true }
      guard e.length > 0 else { return false }
      let j = points.countBelow(e.offset + 1)
      return j < points.count && points[j] < end
    }

    mutating func add(_ e: FixEdit) {
      all.append(e)
      if e.length == 0 {
        points.insert(e.offset, at: points.countBelow(e.offset))
      } else {
        let i = starts.countBelow(e.offset)
        starts.insert(e.offset, at: i)
        ends.insert(e.offset + e.length, at: i)
      }
    }
  }
}
