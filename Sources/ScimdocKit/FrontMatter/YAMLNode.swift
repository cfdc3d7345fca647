/// One node of a YAML document, with its range in the page.
///
/// Scalars keep their text; ``value`` gives the YAML 1.2 core-schema reading.
/// An alias is resolved to the very node its anchor names (shared by
/// reference, so `===` holds), and an aliased node's ``range`` is the
/// anchored node's range.
///
/// A node is a position in its document's ``YAMLTree``: the tree keeps one
/// plain record per node in a few arrays, so loading a page's front matter
/// allocates a handful of arrays rather than an object per node, and freeing
/// it releases those arrays rather than walking a tree of objects.
public struct YAMLNode: Sendable {
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

  let tree: YAMLTree
  let index: Int32

  init(tree: YAMLTree, index: Int32) {
    self.tree = tree
    self.index = index
  }

  @inline(__always)
  private var record: YAMLTree.Record { tree.records[Int(index)] }

  /// The node's content (collections list their children in new arrays:
  /// prefer ``text``, ``pair(_:)`` and the subscript to read a few values).
  public var kind: Kind {
    let record = record
    switch record.shape {
    case .scalar(let style): return .scalar(tree.texts[Int(record.first)], style)
    case .sequence: return .sequence(tree.children(of: record).map { node($0) })
    case .mapping: return .mapping(pairs(of: record))
    }
  }

  /// The node's text in the page: first to last character, inclusive.
  public var range: SourceRange { record.range }
  /// The explicit tag (`!!str` is `tag:yaml.org,2002:str`), if any.
  public var tag: String? {
    let extra = record.extra
    return extra < 0 ? nil : tree.properties[Int(extra)].tag
  }
  /// The anchor name (`&name`), if any.
  public var anchor: String? {
    let extra = record.extra
    return extra < 0 ? nil : tree.properties[Int(extra)].anchor
  }
  /// Nodes in this subtree, counting every alias expansion (limits use it).
  var expandedSize: Int { record.expandedSize }

  /// Node identity: the same node of the same document (an alias and its
  /// anchor are one node).
  public static func === (a: YAMLNode, b: YAMLNode) -> Bool {
    a.index == b.index && a.tree === b.tree
  }
  public static func === (a: YAMLNode?, b: YAMLNode) -> Bool { a.map { $0 === b } ?? false }
  public static func === (a: YAMLNode, b: YAMLNode?) -> Bool { b.map { a === $0 } ?? false }

  @inline(__always)
  private func node(_ index: Int32) -> YAMLNode { YAMLNode(tree: tree, index: index) }

  private func pairs(of record: YAMLTree.Record) -> [Pair] {
    let children = tree.children(of: record)
    var pairs: [Pair] = []
    pairs.reserveCapacity(children.count / 2)
    var i = children.startIndex
    while i + 1 < children.endIndex {
      pairs.append(Pair(key: node(children[i]), value: node(children[i + 1])))
      i += 2
    }
    return pairs
  }
}

extension YAMLNode {
  /// The text of a scalar node; nil for collections.
  public var text: String? {
    let record = record
    guard case .scalar = record.shape else { return nil }
    return tree.texts[Int(record.first)]
  }

  /// The style of a scalar node; nil for collections.
  public var style: ScalarStyle? {
    if case .scalar(let style) = record.shape { return style }
    return nil
  }

  /// The items of a sequence node; nil otherwise.
  public var items: [YAMLNode]? {
    let record = record
    guard case .sequence = record.shape else { return nil }
    return tree.children(of: record).map { node($0) }
  }

  /// The pairs of a mapping node; nil otherwise.
  public var pairs: [Pair]? {
    let record = record
    guard case .mapping = record.shape else { return nil }
    return pairs(of: record)
  }

  /// True for a mapping node (without listing its pairs).
  var isMapping: Bool {
    if case .mapping = record.shape { return true }
    return false
  }

  /// True for a sequence node (without listing its items).
  var isSequence: Bool {
    if case .sequence = record.shape { return true }
    return false
  }

  /// A sequence's items or a mapping's pairs, counted in place; 0 for scalars.
  var entryCount: Int {
    let record = record
    switch record.shape {
    case .scalar: return 0
    case .sequence: return Int(record.count)
    case .mapping: return Int(record.count) / 2
    }
  }

  /// Item `position` of a sequence node (`position < entryCount`).
  func item(at position: Int) -> YAMLNode {
    node(tree.children[Int(record.first) + position])
  }

  /// Pair `position` of a mapping node (`position < entryCount`).
  func pair(at position: Int) -> Pair {
    let at = Int(record.first) + 2 * position
    return Pair(key: node(tree.children[at]), value: node(tree.children[at + 1]))
  }

  /// The first pair of a mapping whose key is the scalar `key`.
  public func pair(_ key: String) -> Pair? {
    // Read in place: no array of pairs for one look-up.
    let record = record
    guard case .mapping = record.shape else { return nil }
    let children = tree.children(of: record)
    var i = children.startIndex
    while i + 1 < children.endIndex {
      if tree.scalarText(of: children[i]) == key {
        return Pair(key: node(children[i]), value: node(children[i + 1]))
      }
      i += 2
    }
    return nil
  }

  /// Calls `body` with each pair of a mapping whose key is a scalar, in
  /// order, reading the tree in place (no array of pairs).
  func forEachPair(_ body: (_ key: String, _ value: YAMLNode) -> Void) {
    let record = record
    guard case .mapping = record.shape else { return }
    let children = tree.children(of: record)
    var i = children.startIndex
    while i + 1 < children.endIndex {
      if let key = tree.scalarText(of: children[i]) { body(key, node(children[i + 1])) }
      i += 2
    }
  }

  /// The value for scalar key `key` of a mapping node.
  public subscript(key: String) -> YAMLNode? { pair(key)?.value }

  /// True for a scalar that reads as null (`null`, `~`, empty, unquoted).
  public var isNull: Bool {
    // What `value == .null` says, without reading the scalar as a number.
    let record = record
    guard case .scalar(let style) = record.shape else { return false }
    if record.extra >= 0, let tag = tree.properties[Int(record.extra)].tag {
      return tag == "tag:yaml.org,2002:null"
    }
    guard style == .plain else { return false }
    let text = tree.texts[Int(record.first)]
    // The null spellings are at most four bytes: most scalars stop here.
    guard text.utf8.count <= 4 else { return false }
    switch text {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }
}

/// The nodes of one YAML document, as plain records in a few arrays.
final class YAMLTree: Sendable {
  /// What a node is; scalars carry their style.
  enum Shape: Sendable {
    case scalar(YAMLNode.ScalarStyle)
    case sequence
    case mapping
  }

  /// One node: no references, so freeing the records costs nothing per node.
  struct Record: Sendable {
    var range: SourceRange
    var expandedSize: Int
    /// A scalar's index in ``texts``; a collection's first index in
    /// ``children``.
    var first: Int32
    /// A collection's entries in ``children`` (a mapping has two per pair:
    /// key, then value).
    var count: Int32
    /// The node's index in ``properties``, or -1 (most nodes have neither
    /// tag nor anchor).
    var extra: Int32
    var shape: Shape
  }

  let records: [Record]
  let texts: [String]
  /// Node indexes, each collection's in one run.
  let children: [Int32]
  /// Tags and anchors of the nodes that have them.
  let properties: [Properties]

  /// A node's explicit tag and anchor.
  struct Properties: Sendable {
    var tag: String?
    var anchor: String?
  }

  init(records: [Record], texts: [String], children: [Int32], properties: [Properties]) {
    self.records = records
    self.texts = texts
    self.children = children
    self.properties = properties
  }

  /// The entries of collection `record` in ``children``.
  @inline(__always)
  func children(of record: Record) -> ArraySlice<Int32> {
    children[Int(record.first)..<Int(record.first + record.count)]
  }

  /// The text of node `index` if it is a scalar.
  @inline(__always)
  func scalarText(of index: Int32) -> String? {
    let record = records[Int(index)]
    guard case .scalar = record.shape else { return nil }
    return texts[Int(record.first)]
  }
}
