/// Where each neutral config value came from in the input file.
///
/// Keys are JSON Pointers into the neutral model (`/users/enabled`). A value
/// the input does not state maps to the object where it would belong, marked
/// ``Entry/isMissing``, so a finding about it can still point somewhere.
public struct SourceMap: Sendable, Equatable, Codable {
  /// The origin of one neutral value.
  public struct Entry: Sendable, Hashable, Codable {
    /// The input file's path.
    public var path: String
    /// The span of the value (or of the parent object when missing).
    public var range: SourceRange
    /// The JSON Pointer of that span in the input file.
    public var inputPointer: String
    /// True when the value is absent and the entry points at its parent.
    public var isMissing: Bool

    public init(path: String, range: SourceRange, inputPointer: String, isMissing: Bool) {
      self.path = path
      self.range = range
      self.inputPointer = inputPointer
      self.isMissing = isMissing
    }

    /// `path:line:column`.
    public var description: String {
      "\(path):\(range.start.line):\(range.start.column)"
    }
  }

  /// The entries by neutral pointer.
  public private(set) var entries: [String: Entry] = [:]

  public init() {}

  /// Records that neutral `pointer` came from `node`.
  public mutating func record(_ pointer: String, _ node: JSONNode) {
    entries[pointer] = Entry(
      path: node.file.path, range: node.range, inputPointer: node.pointer, isMissing: false)
  }

  /// Records that neutral `pointer` is absent and would belong in `parent`.
  public mutating func recordMissing(_ pointer: String, in parent: JSONNode) {
    guard entries[pointer] == nil else { return }
    entries[pointer] = Entry(
      path: parent.file.path, range: parent.range, inputPointer: parent.pointer, isMissing: true)
  }

  /// The origin of `pointer`: its own entry, else the nearest recorded
  /// ancestor's (marked missing).
  public func entry(for pointer: String) -> Entry? {
    if let entry = entries[pointer] { return entry }
    var current = Substring(pointer)
    while let slash = current.lastIndex(of: "/") {
      current = current[..<slash]
      if var entry = entries[String(current)] {
        entry.isMissing = true
        return entry
      }
    }
    return nil
  }
}

extension SourceMap {
  /// Records an existing entry under another neutral pointer.
  mutating func setEntry(_ pointer: String, _ entry: Entry) {
    entries[pointer] = entry
  }
}
