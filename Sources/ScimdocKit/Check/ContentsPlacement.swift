/// Where each heading missing from the "Contents" list goes, worked out in
/// one pass over the page's headings (a page with thousands of headings
/// must not cost a scan of them, or of the list, per missing one).
///
/// A heading at the list's level goes into the list; one level deeper, into
/// the nested list of its parent's item, when that item has one. It goes
/// after the item of the nearest listed sibling before it, or else before the
/// item of the nearest listed one after it. Ordered lists get no edit.
struct ContentsPlacement {
  private struct Target {
    var list: MarkupNode
    var items: [String: MarkupNode]
  }

  private let file: SourceFile
  /// Per heading of `after` (by its start offset): its list and the items of
  /// its listed siblings before and after it.
  private var places: [Int: (target: Target, before: MarkupNode?, after: MarkupNode?)] = [:]

  /// - Parameters:
  ///   - after: the headings after "Contents" at its level or deeper, in order.
  ///   - repaired: broken Contents anchors being repaired, old to new (an
  ///     item counts as listing the heading it will link to).
  init(
    list: MarkupNode, contentsLevel: Int, after headings: [HeadingInfo],
    repaired: [String: String], file: SourceFile
  ) {
    self.file = file
    let top = Target(list: list, items: ContentsFixes.items(of: list, repaired: repaired))
    var targets: [Target?] = []
    var parent: HeadingInfo?
    var nested: [Int: Target?] = [:]
    for h in headings {
      if h.level == contentsLevel {
        parent = h
        targets.append(top)
      } else if h.level == contentsLevel + 1, let p = parent {
        let start = p.byteRange.lowerBound
        if nested[start] == nil {
          let list = top.items[p.anchor]?.children.first { $0.kinds == .list }
          nested[start] = list.map {
            Target(list: $0, items: ContentsFixes.items(of: $0, repaired: repaired))
          }
        }
        targets.append(nested[start] ?? nil)
      } else {
        targets.append(nil)
      }
    }
    var before: [MarkupNode?] = Array(repeating: nil, count: headings.count)
    var last: [Int32: MarkupNode] = [:]
    for (i, h) in headings.enumerated() {
      guard let t = targets[i] else { continue }
      before[i] = last[t.list.index]
      if let item = t.items[h.anchor] { last[t.list.index] = item }
    }
    last = [:]
    for (i, h) in headings.enumerated().reversed() {
      guard let t = targets[i] else { continue }
      places[h.byteRange.lowerBound] = (t, before[i], last[t.list.index])
      if let item = t.items[h.anchor] { last[t.list.index] = item }
    }
  }

  /// The edit that lists `heading` (none when it has no place).
  func edits(for heading: HeadingInfo) -> [FixEdit] {
    guard let place = places[heading.byteRange.lowerBound],
      case .list(let info) = place.target.list.kind, !info.ordered,
      let neighbour = place.before ?? place.after
    else { return [] }
    return ContentsFixes.insertion(
      of: heading, next: neighbour, after: place.before != nil, tight: info.tight, file: file)
  }
}
