/// A strict RFC 8259 JSON parser over bytes, keeping the position of every value.
///
/// The parser is iterative (an explicit stack, so deep input cannot overflow the
/// call stack), linear in its input, and bounded in depth. It stores values flat
/// in preorder; ``JSONNode`` handles read them.
///
/// Choices where RFC 8259 leaves room:
/// - Duplicate keys are an error naming both places (unless the caller opts
///   out, as the JSONTestSuite conformance run does).
/// - Numbers that overflow a Double (`1e99999`) are an error; numbers that
///   underflow become 0 and integers beyond 2^53 are rounded, the literal kept.
/// - Escaped lone surrogates (`"\ud800"`) are accepted and decoded as U+FFFD.
/// - Any top-level value is accepted; callers check the kind.
/// - The input must be UTF-8 (``SourceFile`` validates it); text that looks
///   like UTF-16 or UTF-32 is rejected with a message saying so.
public struct JSONParser {
  /// The default nesting limit for arrays and objects.
  public static let defaultMaxDepth = 512

  let file: SourceFile
  let maxDepth: Int
  let allowDuplicateKeys: Bool
  var entries: [JSONEntry] = []
  var children: [Int] = []
  var strings: [String] = []
  /// Children of the open containers, innermost last.
  var pending: [Int] = []

  struct Frame {
    var node: Int
    var isObject: Bool
    var pendingStart: Int
    /// Keys of a large object, with the offset of their opening quote.
    var keys: [String: Int] = [:]
  }

  init(file: SourceFile, maxDepth: Int, allowDuplicateKeys: Bool) {
    self.file = file
    self.maxDepth = maxDepth
    self.allowDuplicateKeys = allowDuplicateKeys
  }

  mutating func parse() throws(InputError) -> JSONStorage {
    let bytes = file.bytes
    entries.reserveCapacity(bytes.count / 12 + 1)
    let result: Result<Void, InputError> = bytes.withUnsafeBufferPointer { p in
      do throws(InputError) {
        try run(p)
        return .success(())
      } catch {
        return .failure(error)
      }
    }
    try result.get()
    return JSONStorage(file: file, entries: entries, children: children, strings: strings)
  }

  func fail(_ offset: Int, _ text: String, notes: [String] = []) -> InputError {
    InputError(in: file, at: offset, .json(text), notes: notes)
  }

  mutating func run(_ p: UnsafeBufferPointer<UInt8>) throws(InputError) {
    let n = p.count
    if n >= 2, p[0] == 0 || p[1] == 0 {
      throw fail(0, "file looks like UTF-16 or UTF-32 (it has NUL bytes); JSON must be UTF-8")
    }
    var i = skipWhitespace(p, 0)
    if i == n { throw fail(i, "empty input: expected a JSON value") }
    var frames: [Frame] = []
    var key = (index: -1, start: 0, end: 0)

    while true {
      // A value starts at i.
      i = skipWhitespace(p, i)
      guard i < n else { throw fail(i, "unexpected end of input: expected a value") }
      // Read the open frame's fields, never copy the frame: a live copy would
      // share its key table and make every insertion copy it (quadratic).
      let parentNode = frames.last?.node
      let parentPendingStart = frames.last?.pendingStart ?? 0
      let index = entries.count
      entries.append(
        JSONEntry(
          kind: .null, start: i, end: i, parent: parentNode ?? -1,
          position: parentNode == nil ? 0 : pending.count - parentPendingStart, payload: 0,
          count: 0, number: 0, key: key.index, keyStart: key.start, keyEnd: key.end))
      key = (-1, 0, 0)
      if parentNode != nil { pending.append(index) }

      let byte = p[i]
      if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
        if frames.count >= maxDepth {
          throw InputError(in: file, at: i, .depthLimit(maxDepth))
        }
        let isObject = byte == UInt8(ascii: "{")
        entries[index].kind = isObject ? .object : .array
        frames.append(Frame(node: index, isObject: isObject, pendingStart: pending.count))
        i = skipWhitespace(p, i + 1)
        let close = UInt8(ascii: isObject ? "}" : "]")
        if i < n, p[i] == close {
          // Empty container: closed below.
        } else if isObject {
          key = try readKey(p, &i, &frames[frames.count - 1])
          continue
        } else {
          continue
        }
      } else {
        try readScalar(p, &i, index)
      }

      // After a value: close containers or move to the next member.
      while true {
        guard let isObject = frames.last?.isObject else {
          i = skipWhitespace(p, i)
          if i < n { throw fail(i, "unexpected \(describe(p, i)) after the top-level value") }
          return
        }
        i = skipWhitespace(p, i)
        let close = UInt8(ascii: isObject ? "}" : "]")
        guard i < n else {
          throw fail(i, "unexpected end of input: expected ',' or '\(Character(.init(close)))'")
        }
        if p[i] == UInt8(ascii: ",") {
          let comma = i
          i = skipWhitespace(p, i + 1)
          if i < n, p[i] == close {
            throw fail(comma, "trailing comma before '\(Character(.init(close)))'")
          }
          if isObject { key = try readKey(p, &i, &frames[frames.count - 1]) }
          break
        } else if p[i] == close {
          i += 1
          closeContainer(frames.removeLast(), end: i)
        } else {
          throw fail(
            i, "expected ',' or '\(Character(.init(close)))' but found \(describe(p, i))")
        }
      }
    }
  }

  mutating func closeContainer(_ frame: Frame, end: Int) {
    entries[frame.node].end = end
    entries[frame.node].payload = children.count
    entries[frame.node].count = pending.count - frame.pendingStart
    children.append(contentsOf: pending[frame.pendingStart...])
    pending.removeSubrange(frame.pendingStart...)
  }

  /// Reads `"key" :` and checks the key is new in the object.
  mutating func readKey(
    _ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ frame: inout Frame
  ) throws(InputError) -> (index: Int, start: Int, end: Int) {
    guard i < p.count, p[i] == UInt8(ascii: "\"") else {
      if i >= p.count { throw fail(i, "unexpected end of input: expected a string key") }
      throw fail(i, "expected a string key in double quotes but found \(describe(p, i))")
    }
    let start = i
    let text = try readString(p, &i)
    let end = i
    if !allowDuplicateKeys, let first = earlierKey(text, at: start, in: &frame) {
      let loc = file.location(at: first)
      throw InputError(
        in: file, at: start, .duplicateKey(text, firstLine: loc.line),
        notes: ["\(file.path):\(loc.line):\(loc.column): note: first defined here"])
    }
    i = skipWhitespace(p, i)
    guard i < p.count, p[i] == UInt8(ascii: ":") else {
      if i >= p.count { throw fail(i, "unexpected end of input: expected ':' after key") }
      throw fail(i, "expected ':' after key but found \(describe(p, i))")
    }
    i += 1
    strings.append(text)
    return (strings.count - 1, start, end)
  }

  func skipWhitespace(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
    var i = start
    while i < p.count {
      switch p[i] {
      case 0x20, 0x09, 0x0A, 0x0D: i += 1
      default: return i
      }
    }
    return i
  }
}
