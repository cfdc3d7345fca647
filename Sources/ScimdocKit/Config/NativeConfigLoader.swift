/// Reads scimdoc's native config format (`schemas/config.schema.json`).
///
/// The native format is the neutral model written out, so each neutral
/// pointer is the same pointer in the input file.
enum NativeConfigLoader {
  static let topKeys = [
    "$schema", "provider", "tenantUrl", "secretToken", "authentication", "provisioningMode",
    "provisioningStatus", "scope", "users", "groups", "syncInterval", "features", "health",
  ]

  static func load(_ root: JSONNode) throws(InputError) -> (ProvisioningConfig, SourceMap) {
    try root.requireKnownKeys(topKeys, in: "the scimdoc config")
    var config = ProvisioningConfig()
    if let node = root["$schema"] { _ = try node.requireString() }
    if let node = root["provider"] {
      let id = try node.requireString()
      guard ProvisioningConfig.Provider.isValidID(id) else {
        throw node.configError(
          "'\(id)' is not a provider id at \(node.placeName); expected a profile id such as "
            + "'entra', 'okta' or 'onelogin' (lowercase letters, digits, '-' and '_')")
      }
      config.provider = ProvisioningConfig.Provider(rawValue: id)
    }
    config.tenantUrl = try root["tenantUrl"]?.requireString()
    if let node = root["secretToken"] {
      config.secretToken = SecretValue(observing: try node.requireString())
    }
    config.authentication = try root["authentication"]?.requireEnum(
      ProvisioningConfig.Authentication.self)
    config.provisioningMode = try root["provisioningMode"]?.requireEnum(
      ProvisioningConfig.ProvisioningMode.self)
    config.provisioningStatus = try root["provisioningStatus"]?.requireEnum(
      ProvisioningConfig.ProvisioningStatus.self)
    config.scope = try root["scope"]?.requireEnum(ProvisioningConfig.Scope.self)
    if let node = root["users"] { config.users = try objectProvisioning(node) }
    if let node = root["groups"] { config.groups = try objectProvisioning(node) }
    if let node = root["syncInterval"] {
      let text = try node.requireString()
      guard ISODuration(text) != nil else {
        throw node.configError("'\(text)' is not an ISO 8601 duration (for example PT40M)")
      }
      config.syncInterval = text
    }
    if let node = root["features"] {
      var features: [String: Bool] = [:]
      for member in try node.requireObject().members ?? [] {
        features[member.key] = try member.node.requireBool()
      }
      config.features = features
    }
    if let node = root["health"] { config.health = try health(node) }

    var map = SourceMap()
    recordAll(root, into: &map)
    for key in ["users", "groups"] {
      let parent = root[key] ?? root
      for field in ObjectProvisioningReader.fields {
        map.recordMissing("/\(key)/\(field)", in: parent)
      }
    }
    for key in topKeys.dropFirst() { map.recordMissing("/\(key)", in: root) }
    return (config, map)
  }

  /// Records every node under its own pointer, iteratively.
  static func recordAll(_ root: JSONNode, into map: inout SourceMap) {
    var stack = [root]
    while let node = stack.popLast() {
      map.record(node.pointer, node)
      stack.append(contentsOf: node.children)
    }
  }

  static func objectProvisioning(_ node: JSONNode) throws(InputError) -> ObjectProvisioning {
    try ObjectProvisioningReader.read(node)
  }

  static func health(_ node: JSONNode) throws(InputError) -> ProvisioningHealth {
    let keys = [
      "templateId", "scheduleState", "statusCode", "quarantineReason", "errorCode",
      "errorMessage", "successiveFailures", "intervalNotConfigured",
    ]
    try node.requireObject().requireKnownKeys(keys, in: placeName(node))
    var health = ProvisioningHealth()
    health.templateId = try node["templateId"]?.requireString()
    health.scheduleState = try node["scheduleState"]?.requireString()
    health.statusCode = try node["statusCode"]?.requireString()
    health.quarantineReason = try node["quarantineReason"]?.requireString()
    health.errorCode = try node["errorCode"]?.requireString()
    health.errorMessage = try node["errorMessage"]?.requireString()
    health.successiveFailures = try node["successiveFailures"]?.requireInt()
    health.intervalNotConfigured = try node["intervalNotConfigured"]?.requireBool()
    return health
  }

  static func placeName(_ node: JSONNode) -> String { "'\(node.pointer)'" }
}

/// Reads a native `users` or `groups` object.
enum ObjectProvisioningReader {
  static let fields = ["enabled", "actions", "matching", "mappings"]

  static func read(_ node: JSONNode) throws(InputError) -> ObjectProvisioning {
    try node.requireObject().requireKnownKeys(fields, in: "'\(node.pointer)'")
    var result = ObjectProvisioning()
    result.enabled = try node["enabled"]?.requireBool()
    if let list = node["actions"] {
      var actions: [ObjectProvisioning.Action] = []
      for element in try list.requireArray() {
        let action = try element.requireEnum(ObjectProvisioning.Action.self)
        if actions.contains(action) {
          throw element.configError("action '\(action.rawValue)' is listed twice")
        }
        actions.append(action)
      }
      result.actions = actions
    }
    if let list = node["matching"] {
      var matching: [MatchingAttribute] = []
      for element in try list.requireArray() {
        try element.requireObject().requireKnownKeys(
          ["target", "source", "precedence"], in: "'\(element.pointer)'")
        guard let target = element["target"] else {
          throw element.configError("matching attribute at '\(element.pointer)' needs 'target'")
        }
        let precedence = try element["precedence"]?.requireInt() ?? matching.count + 1
        if precedence < 1, let at = element["precedence"] {
          throw at.configError("matching precedence must be 1 or more")
        }
        matching.append(
          MatchingAttribute(
            target: try target.requireString(), source: try element["source"]?.requireString(),
            precedence: precedence))
      }
      result.matching = matching
    }
    if let list = node["mappings"] {
      var mappings: [AttributeMapping] = []
      for element in try list.requireArray() { mappings.append(try mapping(element)) }
      result.mappings = mappings
    }
    return result
  }

  static func mapping(_ element: JSONNode) throws(InputError) -> AttributeMapping {
    try element.requireObject().requireKnownKeys(
      ["source", "target", "type", "matchingPrecedence", "flow"], in: "'\(element.pointer)'")
    guard let target = element["target"] else {
      throw element.configError("attribute mapping at '\(element.pointer)' needs 'target'")
    }
    return AttributeMapping(
      source: try element["source"]?.requireString(), target: try target.requireString(),
      type: try element["type"]?.requireEnum(AttributeMapping.MappingType.self) ?? .direct,
      matchingPrecedence: try element["matchingPrecedence"]?.requireInt(),
      flow: try element["flow"]?.requireString())
  }
}
