/// The attributes a server defines, read from its `/Schemas` answer, and the
/// schemas its `User` and `Group` resource types use (`/ResourceTypes`).
public struct SCIMSchemaIndex: Sendable {
  /// One attribute definition and where it is in the `/Schemas` answer.
  public struct Attribute: Sendable {
    public var name: String
    public var type: String
    public var multiValued: Bool
    /// The JSON Pointer of its definition in the `/Schemas` answer.
    public var pointer: String
    public var subAttributes: [String: Attribute]
  }

  /// Schema URN (lowercased) → attribute name (lowercased) → definition.
  public var schemas: [String: [String: Attribute]] = [:]
  /// The JSON Pointer of each schema in the `/Schemas` answer.
  public var schemaPointers: [String: String] = [:]
  /// Resource type name (lowercased: `user`) → its core schema and extensions.
  public var resourceTypes: [String: (schema: String, extensions: [String])] = [:]

  public static let userSchema = "urn:ietf:params:scim:schemas:core:2.0:User"
  public static let groupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group"

  public init() {}

  /// Reads the `Resources` of a `/Schemas` list (or a bare array of schemas).
  public mutating func addSchemas(_ answer: ProbeJSON) {
    let (list, prefix) = Self.resources(answer)
    for (i, schema) in list.enumerated() {
      guard let id = schema.member("id")?.string else { continue }
      let pointer = "\(prefix)/\(i)"
      schemaPointers[id.lowercased()] = pointer
      schemas[id.lowercased()] = Self.attributes(
        schema.member("attributes"), pointer: pointer + "/attributes")
    }
  }

  /// Reads the `Resources` of a `/ResourceTypes` list.
  public mutating func addResourceTypes(_ answer: ProbeJSON) {
    for type in Self.resources(answer).list {
      guard let name = type.member("name")?.string ?? type.member("id")?.string,
        let schema = type.member("schema")?.string
      else { continue }
      let extensions = (type.member("schemaExtensions")?.array ?? []).compactMap {
        $0.member("schema")?.string
      }
      resourceTypes[name.lowercased()] = (schema, extensions)
    }
  }

  /// The schemas a resource (`user`, `group`) may use: from `/ResourceTypes`
  /// when it names them, else the core schema and every extension of it.
  public func schemas(for resource: String, core: String) -> [String] {
    if let known = resourceTypes[resource] { return [known.schema] + known.extensions }
    let suffix = ":" + (core.split(separator: ":").last.map(String.init) ?? "")
    return [core]
      + schemas.keys.filter { $0 != core.lowercased() && $0.hasSuffix(suffix.lowercased()) }
  }

  /// The definition `path` names among `allowed` schemas, or nil.
  public func lookup(_ path: SCIMAttributePath, in allowed: [String]) -> Attribute? {
    let candidates = path.schema.map { [$0] } ?? allowed
    let allowedLower = Set(allowed.map { $0.lowercased() })
    for schema in candidates {
      let key = schema.lowercased()
      guard allowedLower.contains(key) || path.schema == nil,
        let attribute = schemas[key]?[path.attribute.lowercased()]
      else { continue }
      guard let sub = path.subAttribute else { return attribute }
      return attribute.subAttributes[sub.lowercased()]
    }
    return nil
  }

  static func resources(_ answer: ProbeJSON) -> (list: [ProbeJSON], prefix: String) {
    if let list = answer.array { return (list, "") }
    return (answer.member("Resources")?.array ?? [], "/Resources")
  }

  static func attributes(_ value: ProbeJSON?, pointer: String) -> [String: Attribute] {
    var out: [String: Attribute] = [:]
    for (i, a) in (value?.array ?? []).enumerated() {
      guard let name = a.member("name")?.string else { continue }
      let here = "\(pointer)/\(i)"
      out[name.lowercased()] = Attribute(
        name: name, type: a.member("type")?.string ?? "string",
        multiValued: a.member("multiValued")?.bool ?? false, pointer: here,
        subAttributes: attributes(a.member("subAttributes"), pointer: here + "/subAttributes"))
    }
    return out
  }
}
