/// Assembles node events into a ``YAMLTree`` with an explicit stack.
struct YAMLTreeBuilder {
  /// A collection still being read; its entries so far are the end of
  /// ``pending`` from ``childStart`` (a mapping's alternate key, value).
  private struct Frame {
    var isMapping: Bool
    var flow: Bool
    var start: SourceRange
    var anchor: String?
    /// The collection's index in ``properties``, or -1.
    var extra: Int32
    var childStart: Int
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
  }

  let file: SourceFile
  let limits: YAMLLoader.Limits
  /// The tree's arrays as they fill (see ``YAMLTree``).
  private var records: [YAMLTree.Record] = []
  private var texts: [String] = []
  private var children: [Int32] = []
  private var properties: [YAMLTree.Properties] = []
  /// The entries of all open collections, innermost last: a collection's run
  /// moves to ``children`` when it closes, so nesting needs no array each.
  private var pending: [Int32] = []
  private var rootIndex: Int32?
  /// The innermost open collection (meaningful while `depth > 0`), kept out
  /// of ``stack`` so that reading it copies nothing.
  private var top = Self.emptyFrame
  /// The open collections enclosing ``top``.
  private var stack: [Frame] = []
  private var depth = 0
  private var anchors: [String: Int32] = [:]
  private var nodeCount = 0

  private static var emptyFrame: Frame {
    let origin = SourceLocation(line: 1, column: 1, offset: 0)
    return Frame(
      isMapping: false, flow: false, start: SourceRange(start: origin, end: origin), extra: -1,
      childStart: 0)
  }

  /// Prepares to build the tree of `yamlBytes` bytes of YAML text.
  init(file: SourceFile, limits: YAMLLoader.Limits, yamlBytes: Int) {
    self.file = file
    self.limits = limits
    stack.reserveCapacity(8)
    // Room for the whole tree at once rather than growing (each growth
    // copies): front matter here runs ~18 bytes a node, so one node per 12
    // bytes covers most blocks; capped so a huge block grows as usual.
    let nodes = min(max(yamlBytes / 12, 16), 4096)
    records.reserveCapacity(nodes)
    texts.reserveCapacity(nodes)
    children.reserveCapacity(nodes)
    pending.reserveCapacity(16)
  }

  /// The root node, owning the finished tree; nil when there was no document.
  mutating func makeRoot() -> YAMLNode? {
    guard let rootIndex else { return nil }
    let tree = YAMLTree(
      records: records, texts: texts, children: children, properties: properties)
    records = []
    texts = []
    children = []
    properties = []
    return YAMLNode(tree: tree, index: rootIndex)
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
    let extra = addProperties(tag: tag, anchor: anchor)
    let index = Int32(records.count)
    records.append(
      YAMLTree.Record(
        range: range, expandedSize: 1, first: Int32(texts.count), count: 0, extra: extra,
        shape: .scalar(style)))
    texts.append(value)
    try finish(index, anchor: anchor)
  }

  /// Adds an alias to anchor `name`, written at `range`.
  mutating func addAlias(_ name: String, range: SourceRange) throws(InputError) {
    guard let target = anchors[name] else {
      throw InputError(in: file, at: range.start.offset, .yaml("undefined alias '\(name)'"))
    }
    try count(records[Int(target)].expandedSize, at: range, alias: true)
    try finish(target, anchor: nil, aliasRange: range)
  }

  /// Opens a sequence or (with `mapping`) a mapping whose start event is at `range`.
  mutating func open(
    mapping: Bool, flow: Bool, range: SourceRange, anchor: String?, tag: String?
  ) throws(InputError) {
    guard depth < limits.maxDepth else {
      throw InputError(in: file, at: range.start.offset, .depthLimit(limits.maxDepth))
    }
    try count(1, at: range, alias: false)
    let extra = addProperties(tag: tag, anchor: anchor)
    // Frames are moved, not copied (a copy retains all their storage).
    var frame = Frame(
      isMapping: mapping, flow: flow, start: range, anchor: anchor, extra: extra,
      childStart: pending.count)
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
    // A mapping's entries are whole pairs.
    var entries = pending.count - frame.childStart
    if frame.isMapping { entries -= entries % 2 }
    // The run moves to `children` before `pending` shrinks, and is read by
    // index: a slice of `pending` kept alive would make shrinking it copy.
    let first = children.count
    children.append(contentsOf: pending[frame.childStart..<(frame.childStart + entries)])
    pending.removeSubrange(frame.childStart...)
    var last = frame.start.end
    if frame.flow, let flowEnd {
      last = flowEnd.end
    } else if entries > 0 {
      last = max(records[Int(children[first + entries - 1])].range.end, frame.start.start)
    }
    var size = 1
    for i in first..<(first + entries) { size += records[Int(children[i])].expandedSize }
    let index = Int32(records.count)
    records.append(
      YAMLTree.Record(
        range: SourceRange(start: frame.start.start, end: last), expandedSize: size,
        first: Int32(first), count: Int32(entries), extra: frame.extra,
        shape: frame.isMapping ? .mapping : .sequence))
    try finish(index, anchor: frame.anchor)
  }

  /// Records a node's tag and anchor, if it has either: its `extra`.
  private mutating func addProperties(tag: String?, anchor: String?) -> Int32 {
    guard tag != nil || anchor != nil else { return -1 }
    properties.append(YAMLTree.Properties(tag: tag, anchor: anchor))
    return Int32(properties.count - 1)
  }

  /// Attaches finished node `index` to its parent (or makes it the root).
  private mutating func finish(
    _ index: Int32, anchor: String?, aliasRange: SourceRange? = nil
  ) throws(InputError) {
    if let anchor { anchors[anchor] = index }
    guard depth > 0 else {
      rootIndex = index
      return
    }
    // A mapping's key comes when its run holds whole pairs.
    if top.isMapping, (pending.count - top.childStart) % 2 == 0 {
      let record = records[Int(index)]
      if case .scalar = record.shape {
        let text = texts[Int(record.first)]
        let at = aliasRange ?? record.range
        if let first = definition(of: text) {
          throw InputError(
            in: file, at: at.start.offset, .duplicateKey(text, firstLine: first.line),
            notes: ["\(file.path):\(first.line):\(first.column): note: first defined here"])
        }
        define(text, at: at.start, alias: aliasRange != nil)
      }
    }
    pending.append(index)
  }

  /// Where scalar key `text` of the innermost mapping was first written, if it was.
  @inline(__always)
  private func definition(of text: String) -> SourceLocation? {
    guard !top.indexed else { return top.keyIndex[text] }
    var pair = 0
    var i = top.childStart
    while i < pending.count {
      let key = records[Int(pending[i])]
      if case .scalar = key.shape, texts[Int(key.first)] == text {
        return top.aliasKeys.isEmpty ? key.range.start : top.aliasKeys[pair] ?? key.range.start
      }
      pair += 1
      i += 2
    }
    return nil
  }

  /// Records scalar key `text` (of the pair to come), written at `at`.
  @inline(__always)
  private mutating func define(_ text: String, at: SourceLocation, alias: Bool) {
    let pairCount = (pending.count - top.childStart) / 2
    if alias { top.aliasKeys[pairCount] = at }
    if top.indexed {
      top.keyIndex[text] = at
      return
    }
    guard pairCount >= Frame.linearKeys else { return }
    for pair in 0..<pairCount {
      let key = records[Int(pending[top.childStart + 2 * pair])]
      guard case .scalar = key.shape else { continue }
      top.keyIndex[texts[Int(key.first)]] = top.aliasKeys[pair] ?? key.range.start
    }
    top.keyIndex[text] = at
    top.indexed = true
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
