/// A small JSON value written byte for byte as ``StableJSON`` writes it
/// (Foundation's `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`), without the `Encoder` machinery: for large
/// reports, where that machinery dominated the run.
enum PrettyJSON {
  case string(String)
  case int(Int)
  case bool(Bool)
  case array([PrettyJSON])
  /// An array whose elements are written one at a time by `write` (given
  /// the writer, the element's index and its indentation), so a large report
  /// never exists as one tree.
  case lazyArray(count: Int, write: (inout PrettyJSONWriter, Int, Int) -> Void)
  /// Keys in any order: they are sorted by their UTF-8 bytes when written.
  case object([(String, PrettyJSON)])

  /// An object from key-value pairs, leaving out nil values (as synthesized
  /// `Encodable` conformances do).
  static func object(_ pairs: (String, PrettyJSON?)...) -> PrettyJSON {
    .object(pairs.compactMap { key, value in value.map { (key, $0) } })
  }

  /// The JSON text.
  var text: String {
    var writer = PrettyJSONWriter(sink: nil)
    write(to: &writer, indent: 0)
    return String(decoding: writer.out.bytes, as: UTF8.self)
  }

  /// Writes the JSON text to `sink` in chunks, passing each string's escaped
  /// content through `scrub` first.
  func stream(to sink: @escaping ([UInt8]) -> Void, scrub: ((String) -> String)? = nil) {
    var writer = PrettyJSONWriter(sink: sink, scrub: scrub)
    write(to: &writer, indent: 0)
    writer.flush()
  }

  private func write(to w: inout PrettyJSONWriter, indent: Int) {
    w.flushIfFull()
    switch self {
    case .string(let s): w.writeString(s)
    case .int(let n): w.writeInt(n)
    case .bool(let b):
      w.out.append(b ? "true" : "false")
    case .array(let items):
      w.open(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        w.separate(first: i == 0, indent: indent + 1)
        item.write(to: &w, indent: indent + 1)
      }
      w.close(UInt8(ascii: "]"), indent: indent)
    case .lazyArray(let count, let element):
      w.open(UInt8(ascii: "["))
      for i in 0..<count {
        w.flushIfFull()
        w.separate(first: i == 0, indent: indent + 1)
        element(&w, i, indent + 1)
      }
      w.close(UInt8(ascii: "]"), indent: indent)
    case .object(let pairs):
      w.open(UInt8(ascii: "{"))
      let inOrder = zip(pairs, pairs.dropFirst()).allSatisfy { Self.precedes($0.0, $1.0) }
      let sorted = inOrder ? pairs : pairs.sorted { Self.precedes($0.0, $1.0) }
      for (i, (key, value)) in sorted.enumerated() {
        w.separate(first: i == 0, indent: indent + 1)
        w.writeString(key)
        w.out.append(" : ")
        value.write(to: &w, indent: indent + 1)
      }
      w.close(UInt8(ascii: "}"), indent: indent)
    }
  }

  /// UTF-8 byte order, as `JSONEncoder` sorts keys.
  static func precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { pa in
      b.withUTF8 { pb in
        for i in 0..<min(pa.count, pb.count) where pa[i] != pb[i] { return pa[i] < pb[i] }
        return pa.count < pb.count
      }
    }
  }
}
