/// One node of a YAML document, with its range in the page.
///
/// Scalars keep their text; ``value`` gives the YAML 1.2 core-schema reading.
/// An alias is resolved to the very node its anchor names (shared by
/// reference), so an aliased node's ``range`` is the anchored node's range.
public final class YAMLNode: Sendable {
  /// The node's content.
  public enum Kind: Sendable {
    case scalar(String, ScalarStyle)
    case sequence([YAMLNode])
    case mapping([Pair])
  }

  /// How a scalar was written.
  public enum ScalarStyle: String, Sendable, Equatable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  /// A key and its value in a mapping, in source order.
  public struct Pair: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
      self.key = key
      self.value = value
    }
  }

  public let kind: Kind
  /// The node's text in the page: first to last character, inclusive.
  public let range: SourceRange
  /// The explicit tag (`!!str` is `tag:yaml.org,2002:str`), if any.
  public let tag: String?
  /// The anchor name (`&name`), if any.
  public let anchor: String?
  /// Nodes in this subtree, counting every alias expansion (limits use it).
  let expandedSize: Int

  init(
    kind: consuming Kind, range: SourceRange, tag: consuming String? = nil,
    anchor: consuming String? = nil
  ) {
    self.kind = kind
    self.range = range
    self.tag = tag
    self.anchor = anchor
    var size = 1
    switch kind {
    case .scalar: break
    case .sequence(let items): for item in items { size += item.expandedSize }
    case .mapping(let pairs):
      for pair in pairs { size += pair.key.expandedSize + pair.value.expandedSize }
    }
    self.expandedSize = size
  }
}

extension YAMLNode {
  /// The text of a scalar node; nil for collections.
  public var text: String? {
    if case .scalar(let text, _) = kind { return text }
    return nil
  }

  /// The style of a scalar node; nil for collections.
  public var style: ScalarStyle? {
    if case .scalar(_, let style) = kind { return style }
    return nil
  }

  /// The items of a sequence node; nil otherwise.
  public var items: [YAMLNode]? {
    if case .sequence(let items) = kind { return items }
    return nil
  }

  /// The pairs of a mapping node; nil otherwise.
  public var pairs: [Pair]? {
    if case .mapping(let pairs) = kind { return pairs }
    return nil
  }

  /// The first pair of a mapping whose key is the scalar `key`.
  public func pair(_ key: String) -> Pair? {
    pairs?.first { $0.key.text == key }
  }

  /// The value for scalar key `key` of a mapping node.
  public subscript(key: String) -> YAMLNode? { pair(key)?.value }

  /// True for a scalar that reads as null (`null`, `~`, empty, unquoted).
  public var isNull: Bool {
    // What `value == .null` says, without reading the scalar as a number.
    guard case .scalar(let text, let style) = kind else { return false }
    if let tag { return tag == "tag:yaml.org,2002:null" }
    guard style == .plain else { return false }
    switch text {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }
}
