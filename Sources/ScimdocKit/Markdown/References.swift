/// Link reference definitions, keyed by normalised label.
struct ReferenceMap {
  struct Reference {
    var url: [UInt8]
    var title: [UInt8]
  }
  private var map: [String: Reference] = [:]

  /// cmark's label normalisation: case fold, trim, collapse whitespace.
  static func normalize(_ label: ArraySlice<UInt8>) -> String? {
    guard !label.isEmpty, label.count <= LinkScan.maxLabelLength else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(label.count)
    var ascii = true
    var pendingSpace = false
    for c in label {
      if isSpaceByte(c) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      if c >= 0x80 { ascii = false }
      out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
    }
    if out.isEmpty { return nil }
    let s = String(decoding: out, as: UTF8.self)
    return ascii ? s : s.lowercased().uppercased().lowercased()
  }

  /// The definition for a label, if any.
  func lookup(_ label: ArraySlice<UInt8>) -> Reference? {
    guard !map.isEmpty, let key = ReferenceMap.normalize(label) else { return nil }
    return map[key]
  }

  /// Appends `node` to the block being parsed.
  mutating func add(label: ArraySlice<UInt8>, url: [UInt8], title: [UInt8]) {
    guard let key = ReferenceMap.normalize(label), map[key] == nil else { return }
    map[key] = Reference(url: url, title: title)
  }

  /// Parses one definition at `i`; returns the bytes consumed, or 0.
  mutating func parseDefinition(_ s: [UInt8], _ i: Int) -> Int {
    let end = s.count
    guard let (lab, afterLabel) = LinkScan.label(s, i, end), !lab.isEmpty else { return 0 }
    var p = afterLabel
    guard p < end, s[p] == UInt8(ascii: ":") else { return 0 }
    p += 1
    spnl(s, &p)
    guard let (urlRange, urlLength) = LinkScan.destination(s, p, end) else { return 0 }
    p += urlLength
    let beforeTitle = p
    spnl(s, &p)
    let titleLength = p == beforeTitle ? 0 : LinkScan.title(s, p, end)
    var title: ArraySlice<UInt8> = []
    if titleLength > 0 {
      title = s[p..<(p + titleLength)]
      p += titleLength
    } else {
      p = beforeTitle
    }
    skipSpaces(s, &p)
    if !skipLineEnd(s, &p) {
      guard titleLength > 0 else { return 0 }
      // cmark keeps the title it scanned here.
      p = beforeTitle
      skipSpaces(s, &p)
      if !skipLineEnd(s, &p) { return 0 }
    }
    add(label: s[lab], url: LinkScan.cleanURL(s[urlRange]), title: LinkScan.cleanTitle(title))
    return p - i
  }

  /// Skips spaces and tabs.
  private func skipSpaces(_ s: [UInt8], _ p: inout Int) {
    while p < s.count, s[p] == 0x20 || s[p] == 0x09 { p += 1 }
  }

  /// Skips one line end; true at a line end or the end of input.
  private func skipLineEnd(_ s: [UInt8], _ p: inout Int) -> Bool {
    var seen = false
    if p < s.count, s[p] == 0x0D {
      p += 1
      seen = true
    }
    if p < s.count, s[p] == 0x0A {
      p += 1
      seen = true
    }
    return seen || p >= s.count
  }

  /// Skips spaces, at most one line end, and spaces again.
  private func spnl(_ s: [UInt8], _ p: inout Int) {
    skipSpaces(s, &p)
    if skipLineEnd(s, &p) { skipSpaces(s, &p) }
  }
}

extension BlockParser {
  /// Strips leading reference definitions from a paragraph; false when nothing remains.
  mutating func resolveReferenceDefinitions(_ node: Int32) -> Bool {
    var content = tree.content(node)
    if content.first == UInt8(ascii: "[") {
      // Definitions are rare: only then is the content copied for the scanners.
      let bytes = Array(content)
      var pos = 0
      while pos < bytes.count, bytes[pos] == UInt8(ascii: "[") {
        let n = refs.parseDefinition(bytes, pos)
        if n == 0 { break }
        pos += n
      }
      // The segments keep their indices, as cmark's do.
      tree.nodes[Int(node)].contentStart += Int32(pos)
      tree.nodes[Int(node)].contentCount -= Int32(pos)
      content = content.dropFirst(pos)
    }
    for c in content {
      if c == 0x0A || c == 0x0D { return false }
      if c != 0x20 && c != 0x09 { return true }
    }
    return false
  }
}
