/// Findings written straight to bytes, in the one finding shape of every
/// JSON output (the report's and `index.json`'s `findings`, described by
/// `schemas/finding.schema.json`): keys sorted, absent values left out,
/// without building a tree per finding.
extension PrettyJSONWriter {
  /// Writes `d` as one element of a `findings` array.
  mutating func writeFinding(_ d: Diagnostic, indent: Int) {
    open(UInt8(ascii: "{"))
    let inner = indent + 1
    let edits = shownEdits(d)
    if !edits.isEmpty {
      member("edits", first: true, indent: inner)
      open(UInt8(ascii: "["))
      for (i, edit) in edits.enumerated() {
        separate(first: i == 0, indent: inner + 1)
        writeEdit(edit, indent: inner + 1)
      }
      close(UInt8(ascii: "]"), indent: inner)
    }
    member("fingerprint", first: edits.isEmpty, indent: inner)
    out.append(UInt8(ascii: "\""))
    StableHash.appendHex(StableHash.hash(joinedBy: 0x1F, d.fingerprintParts), to: &out)
    out.append(UInt8(ascii: "\""))
    if let fix = d.fix {
      member("fix", indent: inner)
      writeString(fix)
    }
    if let key = d.key {
      member("key", indent: inner)
      writeString(key)
    }
    if let location = d.location {
      member("location", indent: inner)
      writeLocation(location, indent: inner)
    }
    member("message", indent: inner)
    writeString(d.message)
    if !d.notes.isEmpty {
      member("notes", indent: inner)
      open(UInt8(ascii: "["))
      for (i, note) in d.notes.enumerated() {
        separate(first: i == 0, indent: inner + 1)
        writeString(note)
      }
      close(UInt8(ascii: "]"), indent: inner)
    }
    if let requiredBy = d.requiredBy {
      member("requiredBy", indent: inner)
      open(UInt8(ascii: "{"))
      member("location", first: true, indent: inner + 1)
      writeLocation(requiredBy.location, indent: inner + 1)
      member("quote", indent: inner + 1)
      writeString(requiredBy.quote)
      close(UInt8(ascii: "}"), indent: inner)
    }
    member("rule", indent: inner)
    writeString(d.rule)
    member("severity", indent: inner)
    writeString(d.severity.rawValue)
    member("suppressed", indent: inner)
    out.append(d.suppressed ? "true" : "false")
    if d.suppressed, let reason = d.suppressionReason {
      member("suppressionReason", indent: inner)
      writeString(reason)
    }
    close(UInt8(ascii: "}"), indent: indent)
  }

  /// The finding's edits, none when scrubbing would change a text (a
  /// masked fix is no fix).
  private func shownEdits(_ d: Diagnostic) -> [FixEdit] {
    guard let scrub, d.edits.contains(where: { Redactor.mayNeedScrubbing(Array($0.text.utf8)) })
    else { return d.edits }
    return d.edits.contains { scrub($0.text) != $0.text } ? [] : d.edits
  }

  /// A ``FixEdit`` object: where (end exclusive), the bytes and the text.
  private mutating func writeEdit(_ e: FixEdit, indent: Int) {
    open(UInt8(ascii: "{"))
    let inner = indent + 1
    ints([("column", e.column), ("endColumn", e.endColumn), ("endLine", e.endLine)], inner)
    ints([("length", e.length), ("line", e.line), ("offset", e.offset)], inner, first: false)
    member("text", indent: inner)
    writeString(e.text)
    close(UInt8(ascii: "}"), indent: indent)
  }

  /// A ``DiagnosticLocation`` object.
  private mutating func writeLocation(_ l: DiagnosticLocation, indent: Int) {
    open(UInt8(ascii: "{"))
    let inner = indent + 1
    ints([("column", l.column), ("endColumn", l.endColumn), ("endLine", l.endLine)], inner)
    member("file", indent: inner)
    writeString(l.file)
    ints([("line", l.line)], inner, first: false)
    if let pointer = l.pointer {
      member("pointer", indent: inner)
      writeString(pointer)
    }
    close(UInt8(ascii: "}"), indent: indent)
  }

  /// Integer members in the order given (the first one first in its object
  /// unless `first` is false).
  private mutating func ints(_ pairs: [(StaticString, Int)], _ indent: Int, first: Bool = true) {
    for (i, (key, value)) in pairs.enumerated() {
      member(key, first: first && i == 0, indent: indent)
      writeInt(value)
    }
  }

  /// The separator before a member, its key (plain ASCII, needing neither
  /// escapes nor scrubbing) and ` : `.
  private mutating func member(_ key: StaticString, first: Bool = false, indent: Int) {
    let k = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
    out.appendReserved(upTo: k.count + 2 * indent + 7) { p in
      var i = 0
      if !first {
        p[0] = UInt8(ascii: ",")
        p[1] = 0x0A
        i = 2
      }
      for _ in 0..<2 * indent {
        p[i] = 0x20
        i += 1
      }
      p[i] = UInt8(ascii: "\"")
      i += 1
      for b in k {
        p[i] = b
        i += 1
      }
      p[i] = UInt8(ascii: "\"")
      p[i + 1] = 0x20
      p[i + 2] = UInt8(ascii: ":")
      p[i + 3] = 0x20
      return i + 4
    }
  }
}
