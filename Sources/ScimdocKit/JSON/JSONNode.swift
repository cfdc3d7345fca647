/// A value in a parsed ``JSONDocument``, with its position and pointer.
///
/// A node is a cheap handle (the document's storage plus an index); copying
/// it copies no JSON.
public struct JSONNode: Sendable {
  let storage: JSONStorage
  let index: Int

  private var entry: JSONEntry { storage.entries[index] }

  /// The kind of value.
  public var kind: JSONKind { entry.kind }

  /// The half-open byte range of the value's text.
  public var byteRange: Range<Int> { entry.start..<entry.end }

  /// The value's span as line and column positions.
  public var range: SourceRange { storage.file.range(byteRange) }

  /// The position of the first character of the value.
  public var location: SourceLocation { storage.file.location(at: entry.start) }

  /// The file the node was read from.
  public var file: SourceFile { storage.file }

  /// The enclosing array or object, or nil for the root.
  public var parent: JSONNode? {
    entry.parent < 0 ? nil : JSONNode(storage: storage, index: entry.parent)
  }

  /// The key naming this value in its parent object, if it has one.
  public var key: String? { entry.key < 0 ? nil : storage.strings[entry.key] }

  /// The byte range of the quoted key naming this value, if it has one.
  public var keyByteRange: Range<Int>? { entry.key < 0 ? nil : entry.keyStart..<entry.keyEnd }

  /// The position of this value in its parent array (or object).
  public var position: Int { entry.position }

  /// The JSON Pointer (RFC 6901) of this value, computed on demand.
  public var pointer: String {
    var tokens: [String] = []
    var current = index
    while storage.entries[current].parent >= 0 {
      let e = storage.entries[current]
      tokens.append(e.key >= 0 ? storage.strings[e.key] : String(e.position))
      current = e.parent
    }
    return JSONPointer.make(tokens.reversed())
  }

  /// True for `null`.
  public var isNull: Bool { kind == .null }

  /// The boolean, for `true` and `false`.
  public var bool: Bool? { kind == .bool ? entry.payload != 0 : nil }

  /// The decoded string, for strings.
  public var string: String? { kind == .string ? storage.strings[entry.payload] : nil }

  /// The number (literal text and Double view), for numbers.
  public var number: JSONNumber? {
    guard kind == .number else { return nil }
    return JSONNumber(literal: storage.file.text(byteRange), double: entry.number)
  }

  /// The children of an array or object, in order (empty for scalars).
  public var children: [JSONNode] {
    guard kind == .array || kind == .object else { return [] }
    let e = entry
    return (e.payload..<(e.payload + e.count)).map {
      JSONNode(storage: storage, index: storage.children[$0])
    }
  }

  /// The elements, for arrays.
  public var elements: [JSONNode]? { kind == .array ? children : nil }

  /// The members in source order, for objects.
  public var members: [JSONMember]? {
    guard kind == .object else { return nil }
    return children.map { JSONMember(node: $0) }
  }

  /// The member value named `key`, for objects.
  public subscript(key: String) -> JSONNode? {
    guard kind == .object else { return nil }
    let e = entry
    for slot in e.payload..<(e.payload + e.count) {
      let child = storage.children[slot]
      if storage.strings[storage.entries[child].key] == key {
        return JSONNode(storage: storage, index: child)
      }
    }
    return nil
  }

  /// The element at `index`, for arrays.
  public subscript(index: Int) -> JSONNode? {
    guard kind == .array, index >= 0, index < entry.count else { return nil }
    return JSONNode(storage: storage, index: storage.children[entry.payload + index])
  }

  /// A one-line summary of a scalar's source text (for messages).
  public var sourceText: String { storage.file.text(byteRange) }
}

extension JSONNode: Equatable {
  /// Nodes are equal when they are the same value of the same document.
  public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
    lhs.storage === rhs.storage && lhs.index == rhs.index
  }
}

/// A key and its value in an object.
public struct JSONMember: Sendable {
  /// The value node (its ``JSONNode/key`` and ``JSONNode/keyByteRange`` name the key).
  public let node: JSONNode

  /// The decoded key.
  public var key: String { node.key ?? "" }

  /// The byte range of the quoted key.
  public var keyByteRange: Range<Int> { node.keyByteRange ?? node.byteRange }
}

/// A JSON number: the literal as written and a Double view.
public struct JSONNumber: Sendable, Hashable {
  /// The literal text, for example `1.50` or `1e3`.
  public let literal: String
  /// The nearest Double (finite; overflowing literals are rejected).
  public let double: Double

  /// The value as an Int when the literal is an integer that fits.
  public var int: Int? {
    if literal.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) {
      return Int(literal)
    }
    guard double.rounded() == double, abs(double) < 9.0e15 else { return nil }
    return Int(double)
  }
}
