/// Keeps secret text out of the source line that an ``InputError`` prints.
///
/// Errors print their line with a caret; in a config that line can hold the
/// secret token (always so in minified JSON). Masking replaces each character
/// of a secret with `*`, so the caret still lines up.
enum SecretMasking {
  /// Words that suggest a file holds credentials (compared lower-cased).
  static let secretWords = ["secret", "token", "password", "apikey", "credential"]

  /// Graph secret keys whose values are safe to show.
  static let publicSecretKeys: Set<String> = [
    "baseaddress", "syncall", "syncnotificationsettings", "skipoutofscopedeletions", "domain",
    "companyid", "authenticationtype", "synchronizationschedule",
  ]

  /// The byte ranges of secret values in a parsed config.
  static func secretRanges(in root: JSONNode) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    if let token = root["secretToken"] { ranges.append(inside(token)) }
    let secrets = root["secrets"]
    let list = secrets?.elements ?? secrets?["value"]?.elements ?? secrets?["credentials"]?.elements
    for item in list ?? [] {
      guard let value = item["value"] else { continue }
      if let key = item["key"]?.string?.lowercased(), publicSecretKeys.contains(key) { continue }
      ranges.append(inside(value))
    }
    // Any other credential-named key (`password`, `apiKey`, ...), known or
    // not: an unknown-key error quotes its line.
    ranges += SecretScanner.secretNodes(under: root).map(inside)
    return ranges
  }

  /// A string's range without its quotes (other values as they are).
  static func inside(_ node: JSONNode) -> Range<Int> {
    let range = node.byteRange
    guard node.kind == .string, range.count >= 2 else { return range }
    return (range.lowerBound + 1)..<(range.upperBound - 1)
  }

  /// `error` with the given byte ranges of `file` masked in its line.
  static func masking(_ error: InputError, ranges: [Range<Int>], in file: SourceFile) -> InputError
  {
    guard let location = error.location, error.lineText != nil else { return error }
    let line = file.lineByteRange(location.line)
    let overlapping = ranges.filter { $0.overlaps(line) }
    guard !overlapping.isEmpty else { return error }
    var masked = error
    masked.lineText = maskedLine(file, line, masking: overlapping)
    return masked
  }

  /// `error` with every string value (not keys) on its line masked, when the
  /// file mentions credentials; used when the JSON could not be parsed.
  static func maskingStringValues(_ error: InputError, in file: SourceFile) -> InputError {
    guard let location = error.location, error.lineText != nil else { return error }
    let lower = String(decoding: file.bytes, as: UTF8.self).lowercased()
    guard secretWords.contains(where: { lower.contains($0) }) else { return error }
    let line = file.lineByteRange(location.line)
    let values = stringValueRanges(file.bytes, line)
    guard !values.isEmpty else { return error }
    var masked = error
    masked.lineText = maskedLine(file, line, masking: values)
    return masked
  }

  /// The contents of quoted strings on a line that are not followed by `:`.
  static func stringValueRanges(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var i = line.lowerBound
    while i < line.upperBound {
      guard bytes[i] == UInt8(ascii: "\"") else {
        i += 1
        continue
      }
      let start = i + 1
      var j = start
      while j < line.upperBound, bytes[j] != UInt8(ascii: "\"") { j += bytes[j] == 0x5C ? 2 : 1 }
      let end = min(j, line.upperBound)
      var k = end + 1
      while k < line.upperBound, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
      if !(k < line.upperBound && bytes[k] == UInt8(ascii: ":")) { ranges.append(start..<end) }
      i = end + 1
    }
    return ranges
  }

  /// The line's text with each scalar starting inside one of `ranges` shown
  /// as `*`.
  ///
  /// The ranges are sorted once and walked with the line, so the cost is
  /// linear in the line (testing every range at every byte was quadratic: a
  /// 56 KB line of short strings, found by fuzzing, took over 10 seconds).
  static func maskedLine(_ file: SourceFile, _ line: Range<Int>, masking ranges: [Range<Int>])
    -> String
  {
    let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
    var next = 0
    var out: [UInt8] = []
    out.reserveCapacity(line.count)
    var skipping = false
    for offset in line {
      let byte = file.bytes[offset]
      let isContinuation = byte & 0xC0 == 0x80
      if !isContinuation {
        while next < sorted.count, sorted[next].upperBound <= offset { next += 1 }
        // Ranges are string contents, so disjoint: at most one candidate.
        skipping = sorted[next...].prefix { $0.lowerBound <= offset }.contains {
          $0.contains(offset)
        }
      }
      if skipping {
        if !isContinuation { out.append(UInt8(ascii: "*")) }
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
