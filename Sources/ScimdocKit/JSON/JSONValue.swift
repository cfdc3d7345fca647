/// A JSON value with its children as nodes, for `switch`ing over a node.
public enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSONNode])
  case object([JSONMember])
}

extension JSONNode {
  /// The value as an enum (children are nodes with their own positions).
  public var value: JSONValue {
    switch kind {
    case .null: .null
    case .bool: .bool(bool ?? false)
    case .number: number.map(JSONValue.number) ?? .null
    case .string: .string(string ?? "")
    case .array: .array(children)
    case .object: .object(members ?? [])
    }
  }

  /// The span of the quoted key naming this value, if it has one.
  public var keyRange: SourceRange? { keyByteRange.map { file.range($0) } }
}
