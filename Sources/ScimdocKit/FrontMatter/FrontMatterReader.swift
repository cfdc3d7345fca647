/// Reads the typed fields of ``FrontMatter`` from a YAML tree.
public enum FrontMatterReader {
  /// Types the fields of `root`, collecting non-fatal issues.
  ///
  /// - Throws: ``InputError/Message/invalidDate(_:)`` for a date that cannot
  ///   exist (`2022-02-30`, `2022-13-01`), at the date.
  public static func read(
    _ root: YAMLNode?, range: SourceRange?, in file: SourceFile
  ) throws(InputError) -> FrontMatter {
    var fm = FrontMatter(yaml: root, range: range)
    guard let root else { return fm }
    guard root.isMapping else {
      fm.issues.append(.init(.notAMapping, "front matter is not a mapping of keys", at: root.range))
      return fm
    }
    // Pairs are read in place (no array of them).
    for position in 0..<root.entryCount {
      let pair = root.pair(at: position)
      let value = pair.value
      switch pair.key.text {
      case "title":
        fm.title = text(of: value, key: "title", issues: &fm.issues)
        fm.titleRange = value.range
        // The curly quotes all start with the byte 0xE2: most titles have none.
        if let title = fm.title, Self.containsByte(0xE2, in: title),
          title.contains(where: { "\u{201C}\u{201D}\u{2018}\u{2019}".contains($0) })
        {
          fm.issues.append(.init(.curlyQuotes, "title contains curly quotes", at: value.range))
        }
      case "order":
        fm.order = number(of: value, issues: &fm.issues)
      case "updated":
        fm.updated = try date(of: value, in: file, issues: &fm.issues)
      case "page_id":
        fm.pageID = text(of: value, key: "page_id", issues: &fm.issues)
        fm.pageIDRange = value.range
      case "warning":
        fm.warningRange = value.range
        switch value.value {
        case .bool(let flag): fm.warning = flag
        case .null: break
        default:
          fm.issues.append(.init(.wrongType, "'warning' should be true or false", at: value.range))
        }
      case "search_keyword":
        fm.searchKeyword = text(of: value, key: "search_keyword", issues: &fm.issues)
        fm.searchKeywordRange = value.range
      case "contextual_links":
        fm.contextualLinksRange = value.range
        fm.contextualLinks = ContextualLinksReader.read(value, issues: &fm.issues)
      default:
        fm.extra.append(pair)
      }
    }
    return fm
  }

  /// Whether `text` holds byte `byte`, searched in its contiguous UTF-8
  /// (iterating `utf8` generically cost ~1k instructions per title).
  static func containsByte(_ byte: UInt8, in text: String) -> Bool {
    var text = text
    return text.withUTF8 { $0.contains(byte) }
  }

  /// The text of a scalar; nil (with an issue for collections) otherwise.
  static func text(
    of node: YAMLNode, key: String, issues: inout [FrontMatterIssue]
  ) -> String? {
    guard let text = node.text else {
      issues.append(.init(.wrongType, "'\(key)' should be text", at: node.range))
      return nil
    }
    return node.isNull ? nil : text
  }

  private static func number(
    of node: YAMLNode, issues: inout [FrontMatterIssue]
  ) -> FrontMatterNumber? {
    switch node.value {
    case .int(let n):
      return FrontMatterNumber(text: node.text ?? "", value: Double(n), range: node.range)
    case .float(let x): return FrontMatterNumber(text: node.text ?? "", value: x, range: node.range)
    case .null: return nil
    case .string(let text):
      if let x = Double(text), x.isFinite {
        return FrontMatterNumber(text: text, value: x, range: node.range)
      }
    default: break
    }
    issues.append(.init(.wrongType, "'order' should be a number", at: node.range))
    return nil
  }

  private static func date(
    of node: YAMLNode, in file: SourceFile, issues: inout [FrontMatterIssue]
  ) throws(InputError) -> FrontMatterDate? {
    guard let text = node.text, !node.isNull else {
      if node.text == nil {
        issues.append(.init(.wrongType, "'updated' should be a date", at: node.range))
      }
      return nil
    }
    // Three runs of ASCII digits between hyphens, read from the contiguous
    // bytes into fixed slots (an array of parts cost an allocation a date).
    var values = (0, 0, 0)
    var counts = (0, 0, 0)
    var parts = 0
    var digitsOnly = true
    var bytes = text
    bytes.withUTF8 { utf8 in
      var value = 0
      var count = 0
      for index in 0...utf8.count {
        let byte = index < utf8.count ? utf8[index] : UInt8(ascii: "-")
        if byte == UInt8(ascii: "-") {
          // The end of a part (the text's end closes the last one).
          switch parts {
          case 0: (values.0, counts.0) = (value, count)
          case 1: (values.1, counts.1) = (value, count)
          case 2: (values.2, counts.2) = (value, count)
          default: break
          }
          parts += 1
          digitsOnly = digitsOnly && count > 0
          value = 0
          count = 0
        } else if byte >= 0x30, byte <= 0x39 {
          // Longer runs fail the length checks below; their value is not read.
          if count < 4 { value = value * 10 + Int(byte - 0x30) }
          count += 1
        } else {
          digitsOnly = false
          count += 1
        }
      }
    }
    guard parts == 3, digitsOnly, counts.0 == 4, counts.1 <= 2, counts.2 <= 2 else {
      issues.append(.init(.notADate, "'\(text)' is not a YYYY-MM-DD date", at: node.range))
      return nil
    }
    let (year, month, day) = values
    guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
      throw InputError(in: file, at: node.range.start.offset, .invalidDate(text))
    }
    let padded = counts.1 == 2 && counts.2 == 2
    if !padded {
      issues.append(
        .init(.unpaddedDate, "date '\(text)' should be written YYYY-MM-DD", at: node.range))
    }
    return FrontMatterDate(
      text: text, year: year, month: month, day: day, isPadded: padded, range: node.range)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
