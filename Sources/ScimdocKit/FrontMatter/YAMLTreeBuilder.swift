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
    var keys: [(text: String, at: SourceLocation)] = []
    /// The same keys by text, once there are too many to search in order.
    var keyIndex: [String: SourceLocation] = [:]

    /// Keys searched in order before an index is built: front matter maps
    /// are small, and hashing cost more than comparing.
    static let linearKeys = 16

    /// Where scalar key `text` was first written, if it was.
    func definition(of text: String) -> SourceLocation? {
      guard keys.count > Self.linearKeys else {
        for key in keys where key.text == text { return key.at }
        return nil
      }
      return keyIndex[text]
    }

    /// Records scalar key `text`, written at `at`.
    mutating func define(_ text: String, at: SourceLocation) {
      keys.append((text, at))
      guard keys.count > Self.linearKeys else { return }
      if keys.count == Self.linearKeys + 1 {
        for key in keys { keyIndex[key.text] = key.at }
      } else {
        keyIndex[text] = at
      }
    }
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
    // The parent is changed in place on the stack (a copy of its arrays
    // would be made for every node).
    let top = stack.count - 1
    guard top >= 0 else {
      root = node
      return
    }
    guard stack[top].isMapping else {
      stack[top].items.append(node)
      return
    }
    guard let key = stack[top].pendingKey else {
      if let text = node.text {
        let at = aliasRange ?? node.range
        if let first = stack[top].definition(of: text) {
          throw InputError(
            in: file, at: at.start.offset, .duplicateKey(text, firstLine: first.line),
            notes: ["\(file.path):\(first.line):\(first.column): note: first defined here"])
        }
        stack[top].define(text, at: at.start)
      }
      stack[top].pendingKey = node
      return
    }
    stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
    stack[top].pendingKey = nil
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
