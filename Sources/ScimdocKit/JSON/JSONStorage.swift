/// The kinds of JSON value.
public enum JSONKind: UInt8, Sendable, Hashable, CustomStringConvertible {
  case null, bool, number, string, array, object

  /// The word used in messages ("an object", "a string", ...).
  public var description: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// One parsed value, stored flat in preorder.
struct JSONEntry: Sendable {
  var kind: JSONKind
  /// Byte range of the value (half-open).
  var start: Int
  var end: Int
  /// Index of the parent entry, or -1 for the root.
  var parent: Int
  /// Position among the parent's children.
  var position: Int
  /// Strings: index into `strings`. Booleans: 0 or 1. Containers: first index
  /// into `children`.
  var payload: Int
  /// Containers: number of children.
  var count: Int
  /// Numbers: the Double view.
  var number: Double
  /// Object members: index of the key in `strings` (else -1) and its range.
  var key: Int
  var keyStart: Int
  var keyEnd: Int
}

/// The immutable arena shared by every node of one document.
final class JSONStorage: Sendable {
  let file: SourceFile
  let entries: [JSONEntry]
  let children: [Int]
  let strings: [String]

  init(file: SourceFile, entries: [JSONEntry], children: [Int], strings: [String]) {
    self.file = file
    self.entries = entries
    self.children = children
    self.strings = strings
  }
}

/// A parsed JSON text: the file, the root value, and pointer lookups.
public struct JSONDocument: Sendable {
  let storage: JSONStorage

  /// The file the document was read from.
  public var file: SourceFile { storage.file }

  /// The top-level value (any kind; callers check it is an object if needed).
  public var root: JSONNode { JSONNode(storage: storage, index: 0) }

  /// Number of values in the document.
  public var nodeCount: Int { storage.entries.count }

  /// Parses `file` as strict RFC 8259 JSON.
  ///
  /// - Parameters:
  ///   - maxDepth: the deepest nesting of arrays and objects allowed.
  ///   - allowDuplicateKeys: accept repeated keys in an object (RFC 8259 only
  ///     says names SHOULD be unique). Off by default: a repeated key is an
  ///     error naming both places. When on, lookups find the first member.
  /// - Throws: ``InputError`` at the offending byte.
  public init(
    parsing file: SourceFile, maxDepth: Int = JSONParser.defaultMaxDepth,
    allowDuplicateKeys: Bool = false
  ) throws(InputError) {
    var parser = JSONParser(
      file: file, maxDepth: maxDepth, allowDuplicateKeys: allowDuplicateKeys)
    storage = try parser.parse()
  }

  /// Parses raw bytes, naming UTF-16 and UTF-32 input (with or without a
  /// byte-order mark) before the UTF-8 check would report a bad byte.
  ///
  /// Use this for JSON rather than ``SourceLoader/load(_:allowBinary:)``,
  /// which rejects NUL bytes as binary.
  public init(
    path: String, bytes: [UInt8], maxDepth: Int = JSONParser.defaultMaxDepth,
    allowDuplicateKeys: Bool = false
  ) throws(InputError) {
    if let error = Self.wideEncodingError(path: path, bytes: bytes) { throw error }
    try self.init(
      parsing: SourceFile(path: path, bytes: bytes), maxDepth: maxDepth,
      allowDuplicateKeys: allowDuplicateKeys)
  }

  /// The error for UTF-16 or UTF-32 input, or nil for anything else.
  public static func wideEncodingError(path: String, bytes: [UInt8]) -> InputError? {
    wideEncoding(bytes).map {
      InputError(
        path: path, location: SourceLocation(line: 1, column: 1, offset: 0),
        message: .json("file is \($0); JSON must be UTF-8"), lineText: nil)
    }
  }

  /// `UTF-16` or `UTF-32` when the bytes start like either (RFC 4627's
  /// detection by the pattern of NUL bytes, or a byte-order mark), else nil.
  static func wideEncoding(_ b: [UInt8]) -> String? {
    let head = Array(b.prefix(4)) + Array(repeating: 0xAA, count: max(0, 4 - b.count))
    switch (head[0], head[1], head[2], head[3]) {
    case (0, 0, 0xFE, 0xFF), (0xFF, 0xFE, 0, 0), (0, 0, 0, _), (_, 0, 0, 0): return "UTF-32"
    case (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _), (0, _, _, _), (_, 0, _, _): return "UTF-16"
    default: return nil
    }
  }

  /// The node a JSON Pointer (RFC 6901) names, or nil when there is none.
  ///
  /// `""` is the root; `"/a/0/b~1c"` walks key `a`, index 0, key `b/c`.
  public func node(at pointer: String) -> JSONNode? {
    guard let tokens = JSONPointer.tokens(of: pointer) else { return nil }
    var node = root
    for token in tokens {
      switch node.kind {
      case .object:
        guard let next = node[token] else { return nil }
        node = next
      case .array:
        guard let index = JSONPointer.arrayIndex(token), let next = node[index] else {
          return nil
        }
        node = next
      default: return nil
      }
    }
    return node
  }
}
