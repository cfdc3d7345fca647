/// GitHub-style heading anchors.
public enum Anchors {
  /// The headings of `document` with their anchors (duplicates numbered `-1`, `-2`).
  public static func headings(in document: MarkupNode, file: SourceFile) -> [HeadingInfo] {
    var slugger = Slugger()
    var out: [HeadingInfo] = []
    document.walk(only: .heading) { node in
      guard case .heading(let level, _) = node.kind else { return }
      let text = node.plainText
      out.append(
        HeadingInfo(level: level, text: text, anchor: slugger.slug(text), byteRange: node.byteRange)
      )
    }
    return out
  }

  /// The anchor GitHub gives a heading text, before duplicates are numbered.
  public static func slug(_ text: String) -> String {
    if let ascii = asciiSlug(text) { return ascii }
    var out = ""
    for scalar in text.lowercased().unicodeScalars {
      if scalar == " " {
        out.append("-")
      } else if scalar == "-" || scalar == "_" || keeps(scalar) {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// ``slug(_:)`` for ASCII text, on bytes: the only ASCII characters kept
  /// are letters (lowercased), digits, `-` and `_`; a space becomes `-`.
  private static func asciiSlug(_ text: String) -> String? {
    ASCIIText.mapped(text) { b in
      switch b {
      case UInt8(ascii: " "): UInt8(ascii: "-")
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): b | 0x20
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "_"):
        b
      default: nil
      }
    }
  }

  /// Letters, marks, numbers and connector punctuation survive (github-slugger).
  private static func keeps(_ s: Unicode.Scalar) -> Bool {
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
      .connectorPunctuation:
      return true
    default:
      return false
    }
  }
}

/// Numbers repeated slugs like github-slugger: `a`, `a-1`, `a-2`.
struct Slugger {
  private var occurrences: [String: Int] = [:]

  /// The next anchor for `text`, numbered when already used.
  mutating func slug(_ text: String) -> String {
    let original = Anchors.slug(text)
    // First use: one hash lookup that also records it.
    guard let count = occurrences.updateValue(0, forKey: original) else { return original }
    occurrences[original] = count
    var result = original
    while occurrences[result] != nil {
      let next = (occurrences[original] ?? 0) + 1
      occurrences[original] = next
      result = "\(original)-\(next)"
    }
    occurrences[result] = 0
    return result
  }
}
