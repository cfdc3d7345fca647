/// Graph synchronization secrets: tenant URL, token and scope.
extension EntraConfigLoader {
  mutating func readSecrets() throws(InputError) {
    let node = root["secrets"]
    defer {
      let parent = node ?? root
      for key in ["/tenantUrl", "/secretToken", "/authentication", "/scope"] {
        map.recordMissing(key, in: parent)
      }
    }
    guard let node else { return }
    let list: [JSONNode]
    if node.kind == .object, node["value"] == nil, let credentials = node["credentials"] {
      list = try credentials.requireArray()
    } else {
      list = try Self.valueList(node, what: "secrets")
    }
    for item in list {
      _ = try item.requireObject()
      guard let keyNode = item["key"] else {
        throw item.configError("secret at '\(item.pointer)' has no 'key'")
      }
      let key = try keyNode.requireString()
      guard let value = item["value"] else { continue }
      switch key.lowercased() {
      case "baseaddress":
        config.tenantUrl = try Self.optionalString(value)
        map.record("/tenantUrl", value)
      case "secrettoken":
        // Read the string and forget it: only its state is kept.
        config.secretToken = SecretValue(observing: try Self.optionalString(value) ?? "")
        config.authentication = .bearer
        map.record("/secretToken", value)
        map.record("/authentication", keyNode)
      case "syncall":
        var text = value.bool.map { $0 ? "true" : "false" }
        if text == nil { text = try Self.optionalString(value) }
        switch text?.lowercased() {
        case "true": config.scope = .all
        case "false": config.scope = .assigned
        default:
          throw value.configError(
            "SyncAll must be \"true\" or \"false\" but is \(value.sourceText.prefix(40))")
        }
        map.record("/scope", value)
      case "syncnotificationsettings":
        readNotificationSettings(value)
      case "skipoutofscopedeletions":
        if let flag = value.string?.lowercased(), flag == "true" || flag == "false" {
          setFeature("skipOutOfScopeDeletions", flag == "true", from: value)
        }
      default: continue
      }
    }
  }

  /// `SyncNotificationSettings`, a JSON object inside a string:
  /// `Enabled` → `/features/sendFailureNotification`, `DeleteThresholdEnabled`
  /// → `/features/preventAccidentalDeletion`. Unreadable text is ignored.
  mutating func readNotificationSettings(_ value: JSONNode) {
    guard let text = value.string,
      let inner = try? JSONDocument(parsing: SourceFile(path: value.file.path, text: text))
    else { return }
    if let enabled = inner.root["Enabled"]?.bool {
      setFeature("sendFailureNotification", enabled, from: value)
    }
    if let threshold = inner.root["DeleteThresholdEnabled"]?.bool {
      setFeature("preventAccidentalDeletion", threshold, from: value)
    }
  }

  mutating func setFeature(_ name: String, _ on: Bool, from node: JSONNode) {
    config.features = (config.features ?? [:]).merging([name: on]) { $1 }
    map.record("/features", node.parent ?? node)
    map.record("/features/" + JSONPointer.escape(name), node)
  }
}
