/// Links and images: the bracket stack and `]` handling.
extension InlineParser {
  /// Pushes a `[` or `![` on the bracket stack.
  mutating func pushBracket(image: Bool, node: Int32) {
    if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
    brackets.append(
      Bracket(
        image: image, active: true, node: node, previousDelimiter: lastDelim, position: pos,
        bracketAfter: false))
  }

  /// A `]`: closes a link or image when a destination or reference follows.
  mutating func handleCloseBracket() -> Int32? {
    pos += 1
    let initialPos = pos
    guard let opener = brackets.last else {
      return text(pos - 1, pos - 1, subject: (pos - 1)..<pos)
    }
    if !opener.active {
      brackets.removeLast()
      return text(pos - 1, pos - 1, subject: (pos - 1)..<pos)
    }
    let isImage = opener.image
    let afterLinkText = pos
    var url: [UInt8] = []
    var title: [UInt8] = []
    var matched = false
    if peek(pos) == UInt8(ascii: "(") {
      let sps = LinkScan.spaceChars(s, pos + 1, len)
      if let (urlRange, n) = LinkScan.destination(s, pos + 1 + sps, len) {
        let endURL = pos + 1 + sps + n
        let startTitle = endURL + LinkScan.spaceChars(s, endURL, len)
        let endTitle =
          startTitle == endURL ? startTitle : startTitle + LinkScan.title(s, startTitle, len)
        let endAll = endTitle + LinkScan.spaceChars(s, endTitle, len)
        if peek(endAll) == UInt8(ascii: ")") {
          pos = endAll + 1
          url = LinkScan.cleanURL(s[urlRange])
          title = LinkScan.cleanTitle(s[startTitle..<endTitle])
          matched = true
        } else {
          pos = afterLinkText
        }
      }
    }
    if !matched {
      var label: Range<Int>? = nil
      if let (lab, after) = LinkScan.label(s, pos, len) {
        label = lab
        pos = after
      } else {
        pos = initialPos
      }
      if (label == nil || label?.isEmpty == true) && !opener.bracketAfter {
        label = opener.position..<(initialPos - 1)
      }
      if let label, let ref = refs.lookup(s[label]) {
        url = ref.url
        title = ref.title
        matched = true
      }
    }
    guard matched else {
      brackets.removeLast()
      pos = initialPos
      return text(pos - 1, pos - 1, subject: (pos - 1)..<pos)
    }
    let openerStartColumn = tree.nodes[Int(opener.node)].startColumn
    let openerByteStart = tree.nodes[Int(opener.node)].byteStart
    let link = tree.make(isImage ? .image : .link, line: line, column: openerStartColumn)
    tree.nodes[Int(link)].endColumn = Int32(pos + columnOffset + blockOffset)
    tree.nodes[Int(link)].byteStart = openerByteStart
    tree.nodes[Int(link)].byteEnd = segments.isEmpty ? -1 : fileOffset(pos - 1) + 1
    tree[extra: link].info = url
    tree[extra: link].title = title
    tree.insert(link, before: opener.node)
    var t = tree.nodes[Int(opener.node)].next
    while t >= 0 {
      let nx = tree.nodes[Int(t)].next
      tree.append(t, to: link)
      t = nx
    }
    tree.unlink(opener.node)
    processEmphasis(opener.previousDelimiter)
    brackets.removeLast()
    if !isImage {
      var k = brackets.count - 1
      while k >= 0 {
        if !brackets[k].image {
          if !brackets[k].active { break }
          brackets[k].active = false
        }
        k -= 1
      }
    }
    return nil
  }
}
