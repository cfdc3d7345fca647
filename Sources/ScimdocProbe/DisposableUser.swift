import Foundation

/// A user built from a page's own mapping targets, with generated values:
/// what `probe --write` creates and deletes again.
struct DisposableUser {
  /// The `POST /Users` body.
  var body: ProbeJSON
  var userName: String
  /// The generated value of each mapped target (`name.givenName` → `Probe`).
  var values: [String: String]

  /// Builds the user for `targets`; `userName` and `active` are always set.
  init(targets: [SCIMAttributePath], nonce: String, types: (SCIMAttributePath) -> String?) {
    userName = "scimdoc-probe-\(nonce)@example.com"
    var draft = Draft()
    var values: [String: String] = [:]
    let all =
      [SCIMAttributePath("userName"), SCIMAttributePath("active")].compactMap { $0 } + targets
    for path in all {
      let type = types(path) ?? "string"
      let value = Self.value(for: path, type: type, userName: userName, nonce: nonce)
      draft.set(path, value)
      if case .string(let s) = value { values[Self.key(path)] = s }
    }
    self.values = values
    body = draft.assembled()
  }

  /// A generated value of `type` for `path`.
  static func value(for path: SCIMAttributePath, type: String, userName: String, nonce: String)
    -> ProbeJSON
  {
    let leaf = (path.subAttribute ?? path.attribute).lowercased()
    switch type.lowercased() {
    case "boolean": return .bool(true)
    case "integer", "decimal": return .number(1)
    case "datetime": return .string("2026-01-01T00:00:00Z")
    case "reference": return .string("https://example.com/scimdoc-probe/\(nonce)")
    default: break
    }
    switch (path.attribute.lowercased(), leaf) {
    case ("username", _): return .string(userName)
    case ("emails", _): return .string(userName)
    case ("name", "givenname"): return .string("Probe")
    case ("name", "familyname"): return .string("Scimdoc")
    case ("name", _): return .string("Probe Scimdoc")
    case ("phonenumbers", _): return .string("+1 555 0100")
    default: return .string("scimdoc-probe-\(nonce)")
    }
  }

  /// The path as a filter or PATCH names it (`name.givenName`, `urn:...:employeeNumber`).
  static func key(_ path: SCIMAttributePath) -> String {
    var out = path.schema.map { $0 + ":" } ?? ""
    out += path.attribute
    if let filter = path.filter { out += "[\(filter.attribute) eq \"\(filter.value)\"]" }
    if let sub = path.subAttribute { out += "." + sub }
    return out
  }

  /// The filter that finds this user by `path`'s generated value.
  func filter(by path: SCIMAttributePath) -> String? {
    guard let value = values[Self.key(path)] else { return nil }
    let quoted = "\"" + value + "\""
    let prefix = (path.schema.map { $0 + ":" } ?? "") + path.attribute
    if let f = path.filter {
      let sub = path.subAttribute ?? "value"
      return "\(prefix)[\(f.attribute) eq \"\(f.value)\" and \(sub) eq \(quoted)]"
    }
    return prefix + (path.subAttribute.map { "." + $0 } ?? "") + " eq " + quoted
  }

  /// The user as nested objects, per schema.
  struct Draft {
    /// Schema ("" for the core) → attribute → value.
    var simple: [String: [String: ProbeJSON]] = [:]
    /// Schema → attribute → sub-attribute → value (a single complex value).
    var complex: [String: [String: [String: ProbeJSON]]] = [:]
    /// Schema → attribute → "type=work" → element (a multi-valued attribute).
    var multi: [String: [String: [String: [String: ProbeJSON]]]] = [:]

    mutating func set(_ path: SCIMAttributePath, _ value: ProbeJSON) {
      let schema = path.schema ?? ""
      if let f = path.filter {
        let label = f.attribute + "=" + f.value
        var element =
          multi[schema, default: [:]][path.attribute, default: [:]][label] ?? [
            f.attribute: .string(f.value)
          ]
        element[path.subAttribute ?? "value"] = value
        if path.attribute.lowercased() == "emails" { element["primary"] = .bool(true) }
        multi[schema, default: [:]][path.attribute, default: [:]][label] = element
      } else if let sub = path.subAttribute {
        complex[schema, default: [:]][path.attribute, default: [:]][sub] = value
      } else {
        simple[schema, default: [:]][path.attribute] = value
      }
    }

    func assembled() -> ProbeJSON {
      let schemas = Set(simple.keys).union(complex.keys).union(multi.keys)
      var root: [String: ProbeJSON] = [:]
      var urns = [SCIMSchemaIndex.userSchema]
      for schema in schemas.sorted() {
        var object = simple[schema] ?? [:]
        for (attribute, subs) in complex[schema] ?? [:] { object[attribute] = .object(subs) }
        for (attribute, elements) in multi[schema] ?? [:] {
          object[attribute] = .array(
            elements.keys.sorted().compactMap { elements[$0] }.map(ProbeJSON.object))
        }
        if schema.isEmpty || schema.lowercased() == SCIMSchemaIndex.userSchema.lowercased() {
          root.merge(object) { a, _ in a }
        } else {
          root[schema] = .object(object)
          urns.append(schema)
        }
      }
      root["schemas"] = .array(urns.map(ProbeJSON.string))
      return .object(root)
    }
  }
}
