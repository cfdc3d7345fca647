/// Reads the neutral config by requirement key (a JSON Pointer), as the
/// manifest's value type. Secrets read as a redacted marker, never a value.
public enum ConfigValues {
  /// The value at `key`, or nil when the config does not state it.
  public static func value(at key: String, in config: ProvisioningConfig) -> ManifestValue? {
    let parts = key.split(separator: "/").map(String.init)
    guard let head = parts.first else { return nil }
    switch head {
    case "provider": return config.provider.map { .string($0.rawValue) }
    case "tenantUrl": return config.tenantUrl.map(ManifestValue.string)
    case "secretToken":
      guard let secret = config.secretToken, secret.isPresent else { return nil }
      return .string(SecretValue.redactedMarker)
    case "authentication": return config.authentication.map { .string($0.rawValue) }
    case "provisioningMode": return config.provisioningMode.map { .string($0.rawValue) }
    case "provisioningStatus": return config.provisioningStatus.map { .string($0.rawValue) }
    case "scope": return config.scope.map { .string($0.rawValue) }
    case "syncInterval": return config.syncInterval.map(ManifestValue.string)
    case "features":
      guard parts.count == 2, let on = config.features?[parts[1]] else { return nil }
      return .bool(on)
    case "users", "groups":
      guard parts.count == 2, let object = head == "users" ? config.users : config.groups else {
        return nil
      }
      return objectValue(parts[1], object)
    default: return nil
    }
  }

  static func objectValue(_ field: String, _ object: ObjectProvisioning) -> ManifestValue? {
    switch field {
    case "enabled": return object.enabled.map(ManifestValue.bool)
    case "actions": return object.actions.map { .array($0.map { .string($0.rawValue) }) }
    case "matching":
      return object.matching.map { list in
        .array(
          list.map { m in
            var o: [String: ManifestValue] = [
              "target": .string(m.target), "precedence": .int(m.precedence),
            ]
            if let source = m.source { o["source"] = .string(source) }
            return .object(o)
          })
      }
    case "mappings":
      return object.mappings.map { list in
        .array(
          list.map { m in
            var o: [String: ManifestValue] = [
              "target": .string(m.target), "type": .string(m.type.rawValue),
            ]
            if let source = m.source { o["source"] = .string(source) }
            if let p = m.matchingPrecedence { o["matchingPrecedence"] = .int(p) }
            return .object(o)
          })
      }
    default: return nil
    }
  }
}
