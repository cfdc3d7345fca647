/// Typed reads of JSON config values, with errors at the value's position.
extension JSONNode {
  /// A config error at this node.
  func configError(_ text: String) -> InputError {
    InputError(in: file, at: byteRange.lowerBound, .config(text))
  }

  /// Where this node is, for messages: `'/a/b'` or `the top level`.
  var placeName: String { pointer.isEmpty ? "the top level" : "'\(pointer)'" }

  /// This node, which must be an object.
  func requireObject() throws(InputError) -> JSONNode {
    guard kind == .object else {
      throw configError("expected an object at \(placeName) but found \(kind)")
    }
    return self
  }

  /// The elements of this node, which must be an array.
  func requireArray() throws(InputError) -> [JSONNode] {
    guard let elements else {
      throw configError("expected an array at \(placeName) but found \(kind)")
    }
    return elements
  }

  /// The string value, which must be a string.
  func requireString() throws(InputError) -> String {
    guard let string else {
      throw configError("expected a string at \(placeName) but found \(kind)")
    }
    return string
  }

  /// The boolean value, which must be a boolean.
  func requireBool() throws(InputError) -> Bool {
    guard let bool else {
      throw configError("expected true or false at \(placeName) but found \(kind)")
    }
    return bool
  }

  /// The integer value, which must be an integer number.
  func requireInt() throws(InputError) -> Int {
    guard let int = number?.int else {
      throw configError("expected an integer at \(placeName) but found \(sourceText.prefix(40))")
    }
    return int
  }

  /// The string value as one of `E`'s cases (compared exactly).
  func requireEnum<E: RawRepresentable & CaseIterable>(_: E.Type) throws(InputError) -> E
  where E.RawValue == String {
    let text = try requireString()
    guard let value = E(rawValue: text) else {
      let allowed = E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
      throw configError("'\(text)' is not allowed at \(placeName); expected one of \(allowed)")
    }
    return value
  }

  /// Checks that every key of this object is in `allowed`.
  func requireKnownKeys(_ allowed: [String], in what: String) throws(InputError) {
    for member in members ?? [] where !allowed.contains(member.key) {
      let list = allowed.joined(separator: ", ")
      throw InputError(
        in: file, at: member.keyByteRange.lowerBound,
        .config("unknown key '\(member.key)' in \(what); expected one of: \(list)"))
    }
  }

  /// The string at `key` when present and a string (lenient Graph reads).
  func stringMember(_ key: String) -> String? { self[key]?.string }
}
