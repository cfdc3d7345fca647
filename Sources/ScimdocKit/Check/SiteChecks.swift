import Foundation

/// Checks across all pages of a content tree: unique page ids, links between
/// pages (with their anchors), and settings that pages disagree on.
public enum SiteChecks {
  /// Cross-page findings for `pages` under `contentRoot`, where site links
  /// start with `urlPrefix` (default `/docs/`).
  ///
  /// The checks run on `threads` threads as tasks: page ids, the links of
  /// each slice of pages, settings; their findings come in that order.
  public static func run(
    _ pages: [PageAnalysis], contentRoot: String, urlPrefix: String, threads: Int = 1
  ) -> [Diagnostic] {
    Array(
      runInParts(pages, contentRoot: contentRoot, urlPrefix: urlPrefix, threads: threads).joined())
  }

  /// ``run(_:contentRoot:urlPrefix:threads:)``'s findings as each task
  /// returned them, in order.
  static func runInParts(
    _ pages: [PageAnalysis], contentRoot: String, urlPrefix: String, threads: Int = 1
  ) -> [[Diagnostic]] {
    // Site path → the index of the first page with it (indices, not copies,
    // keep a large site's table small).
    let byPath = Dictionary(
      pages.indices.map { (sitePath(pages[$0].path, contentRoot: contentRoot), $0) },
      uniquingKeysWith: { a, _ in a })
    let slices = stride(from: 0, to: pages.count, by: 64).map {
      SiteTask.links($0..<min($0 + 64, pages.count))
    }
    return Parallel.map([.pageIDs] + slices + [.settings], threads: threads) {
      task -> [Diagnostic] in
      switch task {
      case .pageIDs: duplicatePageIDs(pages)
      case .links(let slice):
        brokenLinks(of: slice, in: pages, byPath: byPath, urlPrefix: urlPrefix)
      case .settings: conflictingSettings(pages)
      }
    }
  }

  /// One of the site checks' tasks.
  private enum SiteTask: Sendable {
    case pageIDs
    case links(Range<Int>)
    case settings
  }

  static func duplicatePageIDs(_ pages: [PageAnalysis]) -> [Diagnostic] {
    var first: [String: Int] = [:]  // page id → index of the first page with it
    var findings: [Diagnostic] = []
    for (index, page) in pages.enumerated() {
      guard let id = page.pageID, !id.isEmpty else { continue }
      if let earlierIndex = first[id] {
        let earlier = pages[earlierIndex]
        let at = earlier.pageIDLocation.map { "\($0.file):\($0.line):\($0.column)" } ?? earlier.path
        findings.append(
          Diagnostic(
            rule: "page-id-duplicate", severity: .error,
            message: "page_id '\(id)' is also used by \(earlier.path)",
            location: page.pageIDLocation, notes: ["first used at \(at)"]))
      } else {
        first[id] = index
      }
    }
    return findings
  }

  /// The site path of a page: its path under the root, without `.md` or `/index`.
  static func sitePath(_ path: String, contentRoot: String) -> String {
    // `./content/a.md` under `content`, `content/a.md` under `./content`.
    let path = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    let root = contentRoot.hasPrefix("./") ? String(contentRoot.dropFirst(2)) : contentRoot
    return asciiSitePath(path, contentRoot: root) ?? anySitePath(path, contentRoot: root)
  }

  /// ``sitePath(_:contentRoot:)`` for any text (by `Character`s).
  static func anySitePath(_ path: String, contentRoot: String) -> String {
    var rel = path
    let root = contentRoot.hasSuffix("/") ? contentRoot : contentRoot + "/"
    if rel.hasPrefix(root) { rel = String(rel.dropFirst(root.count)) }
    for ext in ContentWalker.pageExtensions where rel.hasSuffix(ext) {
      rel = String(rel.dropLast(ext.count))
    }
    if rel == "index" { rel = "" }
    if rel.hasSuffix("/index") { rel = String(rel.dropLast("/index".count)) }
    return normalise(rel)
  }

  /// ``sitePath(_:contentRoot:)`` on bytes, when both strings are ASCII
  /// without carriage returns (so every byte is one `Character`); nil otherwise.
  static func asciiSitePath(_ path: String, contentRoot: String) -> String? {
    var path = path
    var root = contentRoot
    return root.withUTF8 { r -> String? in
      guard !r.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      return path.withUTF8 { p -> String? in
        guard !p.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        var lo = 0
        var hi = p.count
        // The root and a `/` after it (unless the root ends with one).
        let slash = r.last == UInt8(ascii: "/") ? 0 : 1
        if hi >= r.count + slash, p.starts(with: r),
          slash == 0 || p[r.count] == UInt8(ascii: "/")
        {
          lo = r.count + slash
        }
        func strip(_ suffix: StaticString) {
          let s = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
          guard hi - lo >= s.count,
            UnsafeBufferPointer(rebasing: p[(hi - s.count)..<hi]).elementsEqual(s)
          else { return }
          hi -= s.count
        }
        strip(".md")
        strip(".markdown")
        strip(".mdx")
        if hi - lo == 5 { strip("index") }  // the whole path is "index"
        strip("/index")
        return normalised(p, lo..<hi)
      }
    }
  }

  /// Lower-cased, `_` as `-`, no leading or trailing `/`.
  static func normalise(_ path: String) -> String {
    if let ascii = asciiNormalise(path) { return ascii }
    var p = Substring(TextSearch.replacing("_", with: "-", in: path.lowercased()))
    while p.hasPrefix("/") { p = p.dropFirst() }
    while p.hasSuffix("/") { p = p.dropLast() }
    return String(p)
  }

  /// ``normalise(_:)`` on bytes, for ASCII paths (nil for any other).
  private static func asciiNormalise(_ path: String) -> String? {
    var path = path
    return path.withUTF8 { p -> String? in
      guard !p.contains(where: { $0 >= 0x80 }) else { return nil }
      return normalised(p, 0..<p.count)
    }
  }

  /// ASCII bytes `p[range]` normalised: no leading or trailing `/`,
  /// lower-cased, `_` as `-`.
  private static func normalised(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi, p[lo] == UInt8(ascii: "/") { lo += 1 }
    while hi > lo, p[hi - 1] == UInt8(ascii: "/") { hi -= 1 }
    return lowered(p, lo..<hi)
  }

  /// ASCII bytes `p[range]` lower-cased with `_` as `-` (most paths are
  /// copied as they are).
  private static func lowered(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let bytes = UnsafeBufferPointer(rebasing: p[range])
    guard bytes.contains(where: { $0 == UInt8(ascii: "_") || ($0 >= 0x41 && $0 <= 0x5A) }) else {
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      for i in 0..<bytes.count {
        let b = bytes[i]
        out[i] =
          b == UInt8(ascii: "_") ? UInt8(ascii: "-") : (b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
      }
      return bytes.count
    }
  }

  /// The broken site links of `pages[slice]`, in page order.
  private static func brokenLinks(
    of slice: Range<Int>, in pages: [PageAnalysis], byPath: [String: Int], urlPrefix: String
  ) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for p in slice {
      let page = pages[p]
      // Targets the page analysis worked out already (one per link, every
      // link under the prefix) are not parsed again.
      let known = !page.linkTargets.isEmpty && page.linkTargets.count == page.links.count
      for (l, link) in page.links.enumerated()
      where known || link.destination.hasPrefix(urlPrefix) {
        let (key, anchor) =
          known ? page.linkTargets[l].pair : target(of: link.destination, urlPrefix: urlPrefix)
        // Anchors are searched in place: a set per page would cost more
        // memory on a large site than the few lookups it saves.
        guard let targetIndex = byPath[key] else {
          out.append(
            Diagnostic(
              rule: "link-page-missing", severity: .error,
              message: "link to '\(link.destination)' matches no page in the content tree",
              location: link.location))
          continue
        }
        if let anchor, !anchor.isEmpty, !pages[targetIndex].anchors.contains(anchor) {
          out.append(
            Diagnostic(
              rule: "link-anchor-broken", severity: .error,
              message:
                "link to '\(link.destination)': \(pages[targetIndex].path) has no heading with anchor '#\(anchor)'",
              location: link.location))
        }
      }
    }
    return out
  }

  /// Where a link under the site's prefix points: a site path and an anchor.
  struct Target: Sendable {
    var key: String
    var anchor: String?

    var pair: (key: String, anchor: String?) { (key, anchor) }
  }

  /// The site path a link under `urlPrefix` points at, and its anchor.
  static func target(of destination: String, urlPrefix: String) -> (key: String, anchor: String?) {
    if let found = asciiTarget(of: destination, urlPrefix: urlPrefix) { return found }
    var target = String(destination.dropFirst(urlPrefix.count))
    var anchor: String?
    if let hash = TextSearch.firstIndex(of: "#", in: target) {
      anchor = String(target[target.index(after: hash)...])
      target = String(target[..<hash])
    }
    if let q = TextSearch.firstIndex(of: "?", in: target) { target = String(target[..<q]) }
    return (normalise(target), anchor)
  }

  /// ``target(of:urlPrefix:)`` in one pass over the bytes, when both strings
  /// are ASCII without carriage returns (so every byte is one `Character`).
  private static func asciiTarget(of destination: String, urlPrefix: String) -> (
    key: String, anchor: String?
  )? {
    var destination = destination
    var prefix = urlPrefix
    let prefixCount = prefix.withUTF8 { p in
      p.contains { $0 >= 0x80 || $0 == 0x0D } ? nil : p.count
    }
    guard let prefixCount else { return nil }
    return destination.withUTF8 { p -> (key: String, anchor: String?)? in
      guard !p.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      let start = min(prefixCount, p.count)
      var end = p.count
      var anchor: String?
      if let hash = p[start...].firstIndex(of: UInt8(ascii: "#")) {
        anchor = String(decoding: UnsafeBufferPointer(rebasing: p[(hash + 1)...]), as: UTF8.self)
        end = hash
      }
      if let q = p[start..<end].firstIndex(of: UInt8(ascii: "?")) { end = q }
      return (normalised(p, start..<end), anchor)
    }
  }

  /// The target of `link` when it can yield a finding on a site whose pages
  /// have the site paths `pages` (it is under the prefix and names a missing
  /// page or an anchor); nil otherwise.
  static func siteTarget(ifMayBeBroken link: LinkRecord, pages: Set<String>, urlPrefix: String)
    -> Target?
  {
    siteTarget(ifMayBeBroken: link.destination, pages: pages, urlPrefix: urlPrefix)
  }

  /// ``siteTarget(ifMayBeBroken:pages:urlPrefix:)`` for a link to `destination`.
  static func siteTarget(ifMayBeBroken destination: String, pages: Set<String>, urlPrefix: String)
    -> Target?
  {
    guard destination.hasPrefix(urlPrefix) else { return nil }
    let (key, anchor) = target(of: destination, urlPrefix: urlPrefix)
    guard !pages.contains(key) || !(anchor ?? "").isEmpty else { return nil }
    return Target(key: key, anchor: anchor)
  }

  static func conflictingSettings(_ pages: [PageAnalysis]) -> [Diagnostic] {
    var seen: [String: SettingRecord] = [:]
    var findings: [Diagnostic] = []
    for page in pages {
      for setting in page.settings {
        let id = "\(setting.product.lowercased())|\(setting.provider)|\(setting.key)"
        guard let earlier = seen[id] else {
          seen[id] = setting
          continue
        }
        guard earlier.location.file != setting.location.file, earlier.value != setting.value else {
          continue
        }
        findings.append(
          Diagnostic(
            rule: "cross-page-conflict", severity: .warning,
            message:
              "'\(setting.key)' is '\(setting.value)' here but '\(earlier.value)' in \(earlier.location.file) for the same product",
            location: setting.location, key: setting.key,
            notes: [
              "other value at \(earlier.location.file):\(earlier.location.line):\(earlier.location.column)"
            ]))
      }
    }
    return findings
  }
}
