/// Reads a OneLogin export into the neutral model.
///
/// The export is the response of OneLogin's `GET /api/2/apps/{id}` verbatim,
/// or an object holding it as `app`. OneLogin's Apps API returns only
/// `provisioning.enabled` of the provisioning settings, so the export maps:
/// `provisioning.enabled` → `/provisioningStatus` and
/// `/features/enableProvisioning` (and automatic `/provisioningMode`); the SCIM connector's `SCIM Base URL` →
/// `/tenantUrl` and `SCIM Bearer Token` → `/secretToken` (read and
/// forgotten; bearer `/authentication`), found in `configuration` or
/// `parameters` by key (`scim_base_url`, any case and separators) or by
/// `label`; each parameter with a `user_attribute_mappings` →
/// `/users/mappings` (source: the OneLogin attribute, target: the parameter).
struct OneLoginExportLoader {
  let root: JSONNode
  var config = ProvisioningConfig(provider: .onelogin)
  var map = SourceMap()

  /// The app object: `root["app"]` or the root itself.
  static func app(in root: JSONNode) -> JSONNode {
    if let app = root["app"], app.kind == .object, app["connector_id"] != nil { return app }
    return root
  }

  /// True when `root` is (or holds as `app`) a OneLogin app: a
  /// `connector_id` beside `provisioning`, `parameters` or `configuration`.
  static func matches(_ root: JSONNode) -> Bool {
    let app = app(in: root)
    guard app.kind == .object, app["connector_id"] != nil else { return false }
    return ["provisioning", "parameters", "configuration"].contains { app[$0] != nil }
  }

  static func load(_ root: JSONNode) throws(InputError) -> (ProvisioningConfig, SourceMap) {
    var loader = OneLoginExportLoader(root: root)
    try loader.run()
    return (loader.config, loader.map)
  }

  mutating func run() throws(InputError) {
    let app = try Self.app(in: root).requireObject()
    map.record("", root)
    map.record("/provider", root["provider"] ?? app)
    if let provisioning = try app["provisioning"]?.requireObject(),
      let enabled = provisioning["enabled"], !enabled.isNull
    {
      let on = try enabled.requireBool()
      config.provisioningStatus = on ? .on : .off
      config.provisioningMode = .automatic
      // The **Enable provisioning** checkbox pages name.
      config.features = (config.features ?? [:]).merging(["enableProvisioning": on]) { $1 }
      map.record("/provisioningStatus", enabled)
      map.record("/features/enableProvisioning", enabled)
      map.record("/provisioningMode", provisioning)
    }
    let configuration = try app["configuration"]?.requireObject()
    let parameters = try app["parameters"]?.requireObject()
    let places = [configuration, parameters].compactMap { $0 }
    if let url = try Self.field(["scimbaseurl", "baseurl"], in: places) {
      config.tenantUrl = try url.requireString()
      map.record("/tenantUrl", url)
    }
    if let token = try Self.field(["scimbearertoken", "bearertoken"], in: places) {
      // Read the string and forget it: only its state is kept.
      config.secretToken = SecretValue(observing: try token.requireString())
      config.authentication = .bearer
      map.record("/secretToken", token)
      map.record("/authentication", token)
    }
    if let parameters { try readMappings(parameters) }
    for key in [
      "/tenantUrl", "/secretToken", "/authentication", "/provisioningStatus",
      "/provisioningMode",
    ] {
      map.recordMissing(key, in: configuration ?? app)
    }
    for key in ["/users", "/groups", "/features"] { map.recordMissing(key, in: app) }
  }

  /// Parameters with a OneLogin attribute → `/users/mappings`.
  mutating func readMappings(_ parameters: JSONNode) throws(InputError) {
    var mappings: [AttributeMapping] = []
    for member in parameters.members ?? [] where member.node.kind == .object {
      guard let source = member.node["user_attribute_mappings"],
        let text = source.isNull ? nil : try source.requireString(), !text.isEmpty
      else { continue }
      let pointer = "/users/mappings/\(mappings.count)"
      mappings.append(AttributeMapping(source: text, target: member.key, type: .direct))
      map.record(pointer, member.node)
      map.record(pointer + "/source", source)
      map.record(pointer + "/target", member.node)
    }
    guard !mappings.isEmpty else { return }
    config.users = ObjectProvisioning(mappings: mappings)
    map.record("/users", parameters)
    map.record("/users/mappings", parameters)
  }

  /// The value node of the first field named (by key or `label`, folded to
  /// lower-case letters) one of `names`: a string member, or a parameter
  /// object's `value`, `values` or `default_values`.
  static func field(_ names: [String], in places: [JSONNode]) throws(InputError) -> JSONNode? {
    for name in names {
      for place in places {
        for member in place.members ?? [] {
          let label = member.node.kind == .object ? member.node["label"]?.string : nil
          guard fold(member.key) == name || label.map(fold) == name else { continue }
          if member.node.kind != .object { return member.node.isNull ? nil : member.node }
          for key in ["value", "values", "default_values"] {
            if let value = member.node[key], !value.isNull { return value }
          }
        }
      }
    }
    return nil
  }

  /// Lower-case ASCII letters only: `SCIM Base URL` and `scim_base_url` agree.
  static func fold(_ text: String) -> String {
    String(text.lowercased().filter { $0.isASCII && $0.isLetter })
  }
}
