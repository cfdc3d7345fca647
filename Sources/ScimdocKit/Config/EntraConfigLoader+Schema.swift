import Foundation

/// Graph synchronization schema: the user and group object mappings.
extension EntraConfigLoader {
  /// Source directory names of the Entra side (old and new naming).
  static let entraDirectoryNames: Set<String> = [
    "azure active directory", "microsoft entra id", "microsoft entra", "azuread", "aad",
  ]

  mutating func readSchema() throws(InputError) {
    guard let schema = root["schema"] else {
      recordMissingObject("users", in: root)
      recordMissingObject("groups", in: root)
      return
    }
    let rulesNode = try schema.requireObject()["synchronizationRules"]
    let rules = try rulesNode?.requireArray() ?? []
    for rule in rules { _ = try rule.requireObject() }
    // Outbound rules (Entra → app) come first; others are a fallback.
    let outbound = rules.filter {
      Self.entraDirectoryNames.contains($0.stringMember("sourceDirectoryName")?.lowercased() ?? "")
    }
    var mappings: [JSONNode] = []
    for rule in outbound.isEmpty ? rules : outbound {
      mappings += try rule["objectMappings"]?.requireArray() ?? []
    }
    let parent = rulesNode ?? schema
    for (key, object) in [("users", "user"), ("groups", "group")] {
      let mapping = mappings.first {
        $0.kind == .object && $0.stringMember("sourceObjectName")?.lowercased() == object
      }
      if let mapping {
        let settings = try readObjectMapping(mapping, neutral: "/\(key)")
        if key == "users" { config.users = settings } else { config.groups = settings }
      } else {
        recordMissingObject(key, in: parent)
      }
    }
  }

  mutating func recordMissingObject(_ key: String, in parent: JSONNode) {
    map.recordMissing("/\(key)", in: parent)
    for field in ObjectProvisioningReader.fields {
      map.recordMissing("/\(key)/\(field)", in: parent)
    }
  }

  /// Reads one objectMapping into neutral settings, recording positions.
  mutating func readObjectMapping(_ node: JSONNode, neutral: String) throws(InputError)
    -> ObjectProvisioning
  {
    var result = ObjectProvisioning()
    map.record(neutral, node)
    if let enabled = node["enabled"] {
      result.enabled = try enabled.requireBool()
      map.record(neutral + "/enabled", enabled)
    }
    if let flow = node["flowTypes"], let text = try Self.optionalString(flow) {
      result.actions = Self.actions(fromFlowTypes: text)
      map.record(neutral + "/actions", flow)
    }
    var mappings: [AttributeMapping] = []
    var matching: [(mapping: AttributeMapping, node: JSONNode, index: Int)] = []
    if let list = node["attributeMappings"] {
      map.record(neutral + "/mappings", list)
      for element in try list.requireArray() {
        _ = try element.requireObject()
        let pointer = "\(neutral)/mappings/\(mappings.count)"
        let mapping = try attributeMapping(element, pointer: pointer)
        if mapping.matchingPrecedence != nil {
          matching.append((mapping, element, mappings.count))
        }
        mappings.append(mapping)
      }
      result.mappings = mappings
      result.matching = []
      map.record(neutral + "/matching", list)
    }
    // Stable sort: equal priorities keep document order.
    matching.sort {
      ($0.mapping.matchingPrecedence ?? 0, $0.index) < (
        $1.mapping.matchingPrecedence ?? 0, $1.index
      )
    }
    for (position, item) in matching.enumerated() {
      let pointer = "\(neutral)/matching/\(position)"
      let from = "\(neutral)/mappings/\(item.index)"
      result.matching?.append(
        MatchingAttribute(
          target: item.mapping.target, source: item.mapping.source,
          precedence: item.mapping.matchingPrecedence ?? 0))
      map.record(pointer, item.node)
      for (field, source) in [
        ("target", "target"), ("source", "source"), ("precedence", "matchingPrecedence"),
      ] {
        if let entry = map.entries[from + "/" + source] {
          map.setEntry(pointer + "/" + field, entry)
        }
      }
    }
    for field in ObjectProvisioningReader.fields {
      map.recordMissing("\(neutral)/\(field)", in: node)
    }
    return result
  }

  /// Reads one attributeMapping.
  mutating func attributeMapping(_ node: JSONNode, pointer: String) throws(InputError)
    -> AttributeMapping
  {
    map.record(pointer, node)
    guard let targetNode = node["targetAttributeName"] else {
      throw node.configError("attribute mapping at '\(node.pointer)' has no 'targetAttributeName'")
    }
    map.record(pointer + "/target", targetNode)
    var mapping = AttributeMapping(source: nil, target: try targetNode.requireString(), type: .none)
    if let source = node["source"], source.kind == .object {
      let type = source.stringMember("type") ?? "Attribute"
      let expression = source.stringMember("expression")
      switch type.lowercased() {
      case "attribute":
        mapping.type = .direct
        mapping.source = source.stringMember("name") ?? expression
        map.record(pointer + "/source", source["name"] ?? source)
      case "constant":
        mapping.type = .constant
        mapping.source = source.stringMember("name") ?? expression
        map.record(pointer + "/source", source["name"] ?? source)
      default:
        mapping.type = .expression
        mapping.source = expression ?? source.stringMember("name")
        map.record(pointer + "/source", source["expression"] ?? source)
      }
      map.record(pointer + "/type", source["type"] ?? source)
    } else if let value = node["defaultValue"], let text = value.string {
      mapping.type = .constant
      mapping.source = text
      map.record(pointer + "/source", value)
      map.record(pointer + "/type", node["source"] ?? value)
    }
    if let priority = node["matchingPriority"], !priority.isNull {
      let value = try priority.requireInt()
      if value > 0 {
        mapping.matchingPrecedence = value
        map.record(pointer + "/matchingPrecedence", priority)
      }
    }
    if let flow = node["flowType"], let text = flow.string {
      mapping.flow = text
      map.record(pointer + "/flow", flow)
    }
    return mapping
  }

  /// `"Add, Update, Delete"` (with or without spaces) → create, update, delete.
  static func actions(fromFlowTypes text: String) -> [ObjectProvisioning.Action] {
    var actions: [ObjectProvisioning.Action] = []
    for part in text.split(separator: ",") {
      let action: ObjectProvisioning.Action?
      switch part.trimmingCharacters(in: .whitespaces).lowercased() {
      case "add": action = .create
      case "update": action = .update
      case "delete": action = .delete
      default: action = nil
      }
      if let action, !actions.contains(action) { actions.append(action) }
    }
    return actions
  }
}
