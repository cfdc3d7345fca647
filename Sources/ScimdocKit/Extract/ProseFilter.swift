/// Cheap tests that let ``ProcedureWalker`` skip text that cannot matter.
enum ProseFilter {
  /// False when no sentence of `paragraph` can yield an instruction, a fact
  /// or a prerequisite: it has no bold, italic, code or link (instructions,
  /// UI places, statuses, monitoring and matching labels, linked pages) and,
  /// in any case, none of the words the other facts need ("every",
  /// "supported", "match", "must"). A word never spans two text nodes.
  static func mayYield(_ paragraph: MarkupNode) -> Bool {
    for child in paragraph.children {
      switch child.kind {
      case .text(let s): if mentionsFactWord(s) { return true }
      case .softBreak, .lineBreak, .htmlInline, .image: continue
      default: return true
      }
    }
    return false
  }

  /// True when `s` may hold "every", "supported", "match" or "must" in any
  /// ASCII case (a superset: bytes are compared with bit 5 set).
  private static func mentionsFactWord(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { p in
      let n = p.count
      var i = 0
      while i + 4 <= n {
        switch p[i] | 0x20 {
        case UInt8(ascii: "e"): if matches(p, i, "every") { return true }
        case UInt8(ascii: "s"): if matches(p, i, "supported") { return true }
        case UInt8(ascii: "m"): if matches(p, i, "match") || matches(p, i, "must") { return true }
        default: break
        }
        i += 1
      }
      return false
    }
  }

  private static func matches(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: StaticString)
    -> Bool
  {
    let w = word.utf8Start
    let m = word.utf8CodeUnitCount
    guard i + m <= p.count else { return false }
    for k in 1..<m where p[i + k] | 0x20 != w[k] { return false }
    return true
  }

  /// False when the plain text of `node`, once spaces and tabs are trimmed,
  /// surely does not start with `(`: its first byte past them is other ASCII.
  static func mayStartWithParenthesis(_ node: MarkupNode) -> Bool {
    var stack: [MarkupNode] = [node]
    while let node = stack.popLast() {
      switch node.kind {
      case .text(var s), .code(var s):
        let first: UInt8? = s.withUTF8 { p in p.first { $0 != 0x20 && $0 != 0x09 } }
        if let first { return first == UInt8(ascii: "(") || first >= 0x80 }
      case .softBreak, .lineBreak, .htmlInline: continue
      default: stack.append(contentsOf: node.children.reversed())
      }
    }
    return false
  }
}
