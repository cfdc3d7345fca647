/// Reads a Microsoft Graph (Entra ID) export bundle into the neutral model.
///
/// The bundle is one object holding Graph responses verbatim: `jobs`
/// (`{"value": [job]}`) or `job`, `secrets` (`{"value": [{key, value}]}` or a
/// bare list), `schema` (a synchronizationSchema) and optionally
/// `servicePrincipal`. Unknown fields are ignored; absent pieces leave their
/// neutral keys absent, mapped to the object where they would be.
///
/// Mapping choices beyond `DESIGN.md`'s table: any job means automatic
/// provisioning (the template is kept in `/health/templateId` so lint can
/// warn on `customappsso` or gallery templates); an empty job list means
/// manual; a `SecretToken` secret implies bearer authentication.
struct EntraConfigLoader {
  /// Top-level keys that mark a Graph bundle.
  static let bundleKeys = ["jobs", "job", "secrets", "schema", "servicePrincipal"]

  let root: JSONNode
  var config = ProvisioningConfig(provider: .entra)
  var map = SourceMap()

  init(root: JSONNode) {
    self.root = root
  }

  static func load(_ root: JSONNode) throws(InputError) -> (ProvisioningConfig, SourceMap) {
    var loader = EntraConfigLoader(root: root)
    try loader.run()
    return (loader.config, loader.map)
  }

  mutating func run() throws(InputError) {
    map.record("", root)
    map.record("/provider", root["provider"] ?? root)
    try readJob()
    try readSecrets()
    try readSchema()
  }

  // MARK: Job

  /// The bundle's job: `job`, or the first `scim`/`customappsso` job of
  /// `jobs`, else its first job.
  mutating func selectJob() throws(InputError) -> JSONNode? {
    if let job = root["job"] { return try job.requireObject() }
    guard let jobs = root["jobs"] else { return nil }
    let list = try Self.valueList(jobs, what: "jobs")
    for job in list { _ = try job.requireObject() }
    if list.isEmpty {
      config.provisioningMode = .manual
      map.record("/provisioningMode", jobs)
      return nil
    }
    let preferred = ["scim", "customappsso"]
    return list.first { preferred.contains($0.stringMember("templateId")?.lowercased() ?? "") }
      ?? list.first
  }

  mutating func readJob() throws(InputError) {
    guard let job = try selectJob() else {
      let parent = root["jobs"] ?? root
      for key in ["/provisioningMode", "/provisioningStatus", "/syncInterval", "/health"] {
        map.recordMissing(key, in: parent)
      }
      return
    }
    var health = ProvisioningHealth()
    config.provisioningMode = .automatic
    map.record("/provisioningMode", job["templateId"] ?? job)
    map.record("/health", job)
    if let node = job["templateId"] {
      health.templateId = try Self.optionalString(node)
      map.record("/health/templateId", node)
    }
    if let schedule = job["schedule"], schedule.kind == .object {
      if let state = schedule["state"], let text = try Self.optionalString(state) {
        config.provisioningStatus = text == "Active" ? .on : .off
        health.scheduleState = text
        map.record("/provisioningStatus", state)
        map.record("/health/scheduleState", state)
      }
      if let interval = schedule["interval"], let text = try Self.optionalString(interval) {
        config.syncInterval = text
        health.intervalNotConfigured = text == ProvisioningHealth.neverConfiguredInterval
        map.record("/syncInterval", interval)
        map.record("/health/intervalNotConfigured", interval)
      }
      map.recordMissing("/provisioningStatus", in: schedule)
      map.recordMissing("/syncInterval", in: schedule)
    }
    map.recordMissing("/provisioningStatus", in: job)
    map.recordMissing("/syncInterval", in: job)
    if let status = job["status"], status.kind == .object {
      try readStatus(status, into: &health)
    }
    config.health = health
  }

  mutating func readStatus(_ status: JSONNode, into health: inout ProvisioningHealth)
    throws(InputError)
  {
    map.record("/health", status)
    if let code = status["code"] {
      health.statusCode = try Self.optionalString(code)
      map.record("/health/statusCode", code)
    }
    if let count = status["countSuccessiveCompleteFailures"], count.kind == .number {
      health.successiveFailures = count.number?.int
      map.record("/health/successiveFailures", count)
    }
    var error = status["lastExecution"]?["error"]
    if let quarantine = status["quarantine"], quarantine.kind == .object {
      if let reason = quarantine["reason"] {
        health.quarantineReason = try Self.optionalString(reason)
        map.record("/health/quarantineReason", reason)
      }
      if let qError = quarantine["error"], qError.kind == .object { error = qError }
    }
    if let error, error.kind == .object {
      if let code = error["code"] {
        health.errorCode = try Self.optionalString(code)
        map.record("/health/errorCode", code)
      }
      if let message = error["message"] {
        health.errorMessage = try Self.optionalString(message)
        map.record("/health/errorMessage", message)
      }
    }
  }

  // MARK: Helpers

  /// The items of a Graph collection: `{"value": [...]}` or a bare array.
  static func valueList(_ node: JSONNode, what: String) throws(InputError) -> [JSONNode] {
    if let elements = node.elements { return elements }
    guard node.kind == .object, let value = node["value"] else {
      throw node.configError(
        "expected '\(what)' to be a Graph collection ({\"value\": [...]}) or an array,"
          + " but found \(node.kind)\(node.kind == .object ? " without 'value'" : "")")
    }
    return try value.requireArray()
  }

  /// A string, or nil for `null`; other kinds are an error.
  static func optionalString(_ node: JSONNode) throws(InputError) -> String? {
    node.isNull ? nil : try node.requireString()
  }
}
