/// Reads an Okta export into the neutral model.
///
/// The export is one object holding Okta Management API responses verbatim:
/// `app` (`GET /api/v1/apps/{id}`), `connection`
/// (`GET /api/v1/apps/{id}/connections/default`), `features`
/// (`GET /api/v1/apps/{id}/features`, a list) and optionally `groupPush`
/// (`GET /api/v1/apps/{id}/group-push/mappings`). Any piece may be absent;
/// unknown fields are ignored.
///
/// Mapping: the connection gives `/tenantUrl` (`baseUrl`), `/authentication`
/// (`authScheme`: `TOKEN` → `header`, Okta's "HTTP Header" mode), the status
/// (`ENABLED` → `/provisioningStatus` on and
/// `/features/enableApiIntegration`) and `/secretToken` (a `profile.token`
/// when the export holds one, read and forgotten; else an enabled `TOKEN`
/// connection counts as a saved, masked token: Okta never returns it).
/// `USER_PROVISIONING` gives `/users/enabled`, `/users/actions` and the push
/// toggles; `INBOUND_PROVISIONING` gives the import toggle and
/// `/users/matching`; the app's `features` list is the fallback for all of
/// them and the source of `/features/pushGroups` and `/groups/enabled`.
struct OktaExportLoader {
  /// Top-level keys that mark an Okta export (with `app` holding an Okta app).
  static let exportKeys = ["connection", "features", "groupPush"]

  let root: JSONNode
  var config = ProvisioningConfig(provider: .okta)
  var map = SourceMap()

  static func load(_ root: JSONNode) throws(InputError) -> (ProvisioningConfig, SourceMap) {
    var loader = OktaExportLoader(root: root)
    try loader.run()
    return (loader.config, loader.map)
  }

  /// True when `root` looks like an Okta export: one of ``exportKeys`` with
  /// the right kind, or an `app` with Okta's `signOnMode` or `label`.
  static func matches(_ root: JSONNode) -> Bool {
    if root["connection"]?.kind == .object || root["features"]?.kind == .array { return true }
    if root["groupPush"]?.kind == .array { return true }
    guard let app = root["app"], app.kind == .object else { return false }
    return app["signOnMode"] != nil || (app["label"] != nil && app["connector_id"] == nil)
  }

  mutating func run() throws(InputError) {
    map.record("", root)
    map.record("/provider", root["provider"] ?? root)
    let app = try root["app"]?.requireObject()
    let appFeatures = try AppFeatureList(app?["features"])
    try readConnection(root["connection"]?.requireObject())
    let features = try root["features"]?.requireArray() ?? []
    for feature in features { _ = try feature.requireObject() }
    let outbound = features.first { $0.stringMember("name") == "USER_PROVISIONING" }
    let inbound = features.first { $0.stringMember("name") == "INBOUND_PROVISIONING" }
    try readUserProvisioning(outbound, fallback: appFeatures)
    try readInbound(inbound, fallback: appFeatures)
    try readGroupPush(appFeatures)
    if let flag = appFeatures.node(named: "SCIM_PROVISIONING") {
      setFeature("enableScimProvisioning", true, from: flag)
    } else if let list = appFeatures.list {
      setFeature("enableScimProvisioning", false, from: list)
    }
    let parent = root["features"] ?? app ?? root
    for key in ["/users/enabled", "/users/actions", "/users/matching", "/groups/enabled"] {
      map.recordMissing(key, in: parent)
    }
    for key in ["/users", "/groups", "/features"] { map.recordMissing(key, in: app ?? root) }
  }

  // MARK: Connection

  mutating func readConnection(_ connection: JSONNode?) throws(InputError) {
    defer {
      for key in [
        "/tenantUrl", "/secretToken", "/authentication", "/provisioningMode",
        "/provisioningStatus",
      ] {
        map.recordMissing(key, in: connection ?? root)
      }
    }
    guard let connection else { return }
    config.provisioningMode = .automatic
    map.record("/provisioningMode", connection)
    if let url = connection["baseUrl"], let text = try Self.optionalString(url) {
      config.tenantUrl = text
      map.record("/tenantUrl", url)
    }
    let profile = try connection["profile"]?.requireObject()
    let schemeNode = connection["authScheme"] ?? profile?["authScheme"]
    let scheme = try schemeNode.flatMap(Self.optionalString)
    if let schemeNode, let scheme {
      config.authentication = Self.authentication(scheme)
      if config.authentication == nil {
        throw schemeNode.configError(
          "unknown Okta authScheme '\(scheme)' at \(schemeNode.placeName); expected TOKEN, "
            + "OAUTH2 or BASIC")
      }
      map.record("/authentication", schemeNode)
    }
    let status = try connection["status"].flatMap(Self.optionalString)
    if let node = connection["status"], let status {
      let on = status == "ENABLED"
      config.provisioningStatus = on ? .on : .off
      map.record("/provisioningStatus", node)
      setFeature("enableApiIntegration", on, from: node)
    }
    if let token = profile?["token"] {
      // Read the string and forget it: only its state is kept.
      config.secretToken = SecretValue(observing: try Self.optionalString(token) ?? "")
      map.record("/secretToken", token)
    } else if scheme == "TOKEN", status == "ENABLED", let schemeNode {
      config.secretToken = SecretValue(state: .masked)
      map.record("/secretToken", schemeNode)
    }
  }

  /// Okta's `authScheme` as the neutral authentication.
  static func authentication(_ scheme: String) -> ProvisioningConfig.Authentication? {
    switch scheme.uppercased() {
    case "TOKEN": .header
    case "OAUTH2": .oauth2
    case "BASIC": .basic
    default: nil
    }
  }

  // MARK: Helpers

  mutating func setFeature(_ name: String, _ on: Bool, from node: JSONNode) {
    config.features = (config.features ?? [:]).merging([name: on]) { $1 }
    map.record("/features/" + JSONPointer.escape(name), node)
  }

  /// A string, or nil for `null`; other kinds are an error.
  static func optionalString(_ node: JSONNode) throws(InputError) -> String? {
    node.isNull ? nil : try node.requireString()
  }

  /// The `status` of a capability object as on/off (`ENABLED` is on).
  static func status(_ node: JSONNode?) throws(InputError) -> (Bool, JSONNode)? {
    guard let node else { return nil }
    guard let status = try node.requireObject()["status"] else { return nil }
    guard let text = try optionalString(status) else { return nil }
    return (text == "ENABLED", status)
  }
}
