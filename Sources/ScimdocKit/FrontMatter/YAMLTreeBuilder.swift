/// Assembles node events into a tree with an explicit stack.
struct YAMLTreeBuilder {
  /// A collection still being read.
  private struct Frame {
    var isMapping: Bool
    var flow: Bool
    var start: SourceRange
    var anchor: String?
    var tag: String?
    var items: [YAMLNode] = []
    var pendingKey: YAMLNode?
    var pairs: [YAMLNode.Pair] = []
    /// Where each key written as an alias was, by pair index (an aliased
    /// node's own range is its anchor's).
    var aliasKeys: [Int: SourceLocation] = [:]
    /// Scalar keys by text with where each was first written, once there are
    /// too many pairs to search in order.
    var keyIndex: [String: SourceLocation] = [:]
    var indexed = false

    /// Pairs searched in order before an index is built: front matter maps
    /// are small, and hashing cost more than comparing.
    static let linearKeys = 16

    /// Where scalar key `text` was first written, if it was.
    @inline(__always)
    func definition(of text: String) -> SourceLocation? {
      guard !indexed else { return keyIndex[text] }
      for index in pairs.indices {
        let key = pairs[index].key
        guard case .scalar(let keyText, _) = key.kind, keyText == text else { continue }
        return aliasKeys.isEmpty ? key.range.start : aliasKeys[index] ?? key.range.start
      }
      return nil
    }

    /// Records scalar key `text` (of the pair to come), written at `at`.
    @inline(__always)
    mutating func define(_ text: String, at: SourceLocation, alias: Bool) {
      if alias { aliasKeys[pairs.count] = at }
      if indexed {
        keyIndex[text] = at
        return
      }
      guard pairs.count >= Self.linearKeys else { return }
      for index in pairs.indices {
        let key = pairs[index].key
        guard case .scalar(let keyText, _) = key.kind else { continue }
        keyIndex[keyText] = aliasKeys[index] ?? key.range.start
      }
      keyIndex[text] = at
      indexed = true
    }
  }

  let file: SourceFile
  let limits: YAMLLoader.Limits
  private(set) var root: YAMLNode?
  /// The innermost open collection (meaningful while `depth > 0`), kept out
  /// of ``stack`` so that reading it copies nothing.
  private var top = Self.emptyFrame
  /// The open collections enclosing ``top``.
  private var stack: [Frame] = []
  private var depth = 0
  private var anchors: [String: YAMLNode] = [:]
  private var nodeCount = 0

  private static var emptyFrame: Frame {
    let origin = SourceLocation(line: 1, column: 1, offset: 0)
    return Frame(isMapping: false, flow: false, start: SourceRange(start: origin, end: origin))
  }

  init(file: SourceFile, limits: YAMLLoader.Limits) {
    self.file = file
    self.limits = limits
    stack.reserveCapacity(8)
  }

  /// True when the innermost open collection is in flow style (its end
  /// event's range is needed to close it).
  var closesFlow: Bool { depth > 0 && top.flow }

  /// Adds a scalar node.
  mutating func addScalar(
    value: consuming String, style: YAMLNode.ScalarStyle, range: SourceRange,
    anchor: consuming String?, tag: consuming String?
  ) throws(InputError) {
    try count(1, at: range, alias: false)
    try finish(YAMLNode(kind: .scalar(value, style), range: range, tag: tag, anchor: anchor))
  }

  /// Adds an alias to anchor `name`, written at `range`.
  mutating func addAlias(_ name: String, range: SourceRange) throws(InputError) {
    guard let target = anchors[name] else {
      throw InputError(in: file, at: range.start.offset, .yaml("undefined alias '\(name)'"))
    }
    try count(target.expandedSize, at: range, alias: true)
    try finish(target, aliasRange: range)
  }

  /// Opens a sequence or (with `mapping`) a mapping whose start event is at `range`.
  mutating func open(
    mapping: Bool, flow: Bool, range: SourceRange, anchor: String?, tag: String?
  ) throws(InputError) {
    guard depth < limits.maxDepth else {
      throw InputError(in: file, at: range.start.offset, .depthLimit(limits.maxDepth))
    }
    try count(1, at: range, alias: false)
    // Frames are moved, not copied (a copy retains all their storage).
    var frame = Frame(isMapping: mapping, flow: flow, start: range, anchor: anchor, tag: tag)
    swap(&top, &frame)
    if depth > 0 { stack.append(frame) }
    depth += 1
  }

  /// Closes the innermost open collection; `flowEnd` is its end event's
  /// range when it is in flow style.
  mutating func close(flowEnd: SourceRange?) throws(InputError) {
    guard depth > 0 else { return }
    depth -= 1
    var frame = depth > 0 ? stack.removeLast() : Self.emptyFrame
    swap(&top, &frame)
    try finish(node(of: frame, flowEnd: flowEnd))
  }

  /// The finished collection node of `frame`.
  private func node(of frame: Frame, flowEnd: SourceRange?) -> YAMLNode {
    var last = frame.start.end
    if frame.flow, let flowEnd {
      last = flowEnd.end
    } else if let lastChild = frame.isMapping ? frame.pairs.last?.value : frame.items.last {
      last = max(lastChild.range.end, frame.start.start)
    }
    let range = SourceRange(start: frame.start.start, end: last)
    let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
    return YAMLNode(kind: kind, range: range, tag: frame.tag, anchor: frame.anchor)
  }

  /// Attaches a finished node to its parent (or makes it the root).
  private mutating func finish(_ node: YAMLNode, aliasRange: SourceRange? = nil) throws(InputError)
  {
    if aliasRange == nil, let anchor = node.anchor { anchors[anchor] = node }
    guard depth > 0 else {
      root = node
      return
    }
    // Room for several children at once: most collections here are small,
    // and growing one at a time reallocated several times.
    guard top.isMapping else {
      if top.items.isEmpty { top.items.reserveCapacity(4) }
      top.items.append(node)
      return
    }
    guard let key = top.pendingKey else {
      if case .scalar(let text, _) = node.kind {
        let at = aliasRange ?? node.range
        if let first = top.definition(of: text) {
          throw InputError(
            in: file, at: at.start.offset, .duplicateKey(text, firstLine: first.line),
            notes: ["\(file.path):\(first.line):\(first.column): note: first defined here"])
        }
        top.define(text, at: at.start, alias: aliasRange != nil)
      }
      top.pendingKey = node
      return
    }
    if top.pairs.isEmpty { top.pairs.reserveCapacity(8) }
    top.pairs.append(YAMLNode.Pair(key: key, value: node))
    top.pendingKey = nil
  }

  /// Counts `size` more nodes, failing past the limit.
  private mutating func count(_ size: Int, at range: SourceRange, alias: Bool) throws(InputError) {
    nodeCount += size
    guard nodeCount > limits.maxNodes else { return }
    let message: InputError.Message =
      alias ? .aliasLimit(limits.maxNodes) : .tooManyNodes(limits.maxNodes)
    throw InputError(in: file, at: range.start.offset, message)
  }
}
