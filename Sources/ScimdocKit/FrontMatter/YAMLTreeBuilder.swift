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
    /// Scalar keys seen so far, with where each was first written.
    var keys: [String: SourceLocation] = [:]
  }

  let file: SourceFile
  let limits: YAMLLoader.Limits
  private(set) var root: YAMLNode?
  private var stack: [Frame] = []
  private var anchors: [String: YAMLNode] = [:]
  private var nodeCount = 0

  init(file: SourceFile, limits: YAMLLoader.Limits) {
    self.file = file
    self.limits = limits
  }

  /// Adds one node event (scalar, alias, collection start or end).
  mutating func add(_ event: YAMLEvent) throws(InputError) {
    switch event.kind {
    case .scalar(let value, let style, let anchor, let tag):
      try count(1, at: event.range, alias: false)
      try finish(
        YAMLNode(kind: .scalar(value, style), range: event.range, tag: tag, anchor: anchor))
    case .alias(let name):
      guard let target = anchors[name] else {
        throw InputError(
          in: file, at: event.range.start.offset, .yaml("undefined alias '\(name)'"))
      }
      try count(target.expandedSize, at: event.range, alias: true)
      try finish(target, aliasRange: event.range)
    case .sequenceStart(let anchor, let tag, let flow),
      .mappingStart(let anchor, let tag, let flow):
      guard stack.count < limits.maxDepth else {
        throw InputError(
          in: file, at: event.range.start.offset, .depthLimit(limits.maxDepth))
      }
      try count(1, at: event.range, alias: false)
      var isMapping = false
      if case .mappingStart = event.kind { isMapping = true }
      stack.append(
        Frame(isMapping: isMapping, flow: flow, start: event.range, anchor: anchor, tag: tag))
    case .sequenceEnd, .mappingEnd:
      guard let frame = stack.popLast() else { return }
      try finish(close(frame, end: event.range))
    default: break
    }
  }

  /// The finished collection node of `frame`.
  private func close(_ frame: Frame, end: SourceRange) -> YAMLNode {
    var last = frame.start.end
    if frame.flow {
      last = end.end
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
    guard var frame = stack.popLast() else {
      root = node
      return
    }
    defer { stack.append(frame) }
    guard frame.isMapping else {
      frame.items.append(node)
      return
    }
    guard let key = frame.pendingKey else {
      if let text = node.text {
        let at = aliasRange ?? node.range
        if let first = frame.keys[text] {
          throw InputError(
            in: file, at: at.start.offset, .duplicateKey(text, firstLine: first.line),
            notes: ["\(file.path):\(first.line):\(first.column): note: first defined here"])
        }
        frame.keys[text] = at.start
      }
      frame.pendingKey = node
      return
    }
    frame.pairs.append(YAMLNode.Pair(key: key, value: node))
    frame.pendingKey = nil
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
