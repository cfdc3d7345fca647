/// Findings about the provisioning job's health, whatever the docs say:
/// quarantine, never configured, and the never-configured interval sentinel.
public enum HealthChecks {
  /// .NET `TimeSpan.MaxValue`, what Graph shows for a job never configured.
  static let neverInterval = "P10675199DT2H48M5.4775807S"

  /// The health findings for `loaded`.
  public static func run(_ loaded: LoadedConfig) -> [Diagnostic] {
    guard let health = loaded.config.health else { return [] }
    var out: [Diagnostic] = []
    let at = Linter.location("/health", loaded)
    switch health.statusCode {
    case "Quarantine":
      var message = "the provisioning job is in quarantine"
      if let reason = health.quarantineReason { message += " (\(reason))" }
      out.append(
        Diagnostic(
          rule: "job-quarantined", severity: .error, message: message, location: at,
          key: "/health/statusCode",
          fix: "fix the cause (often an expired or wrong Secret Token), then restart provisioning"))
    case "NotConfigured":
      out.append(
        Diagnostic(
          rule: "job-not-configured", severity: .error,
          message: "the provisioning job was never configured (no credentials were authorised)",
          location: at, key: "/health/statusCode",
          fix: "enter the Tenant URL and Secret Token, then Test Connection and Save"))
    default: break
    }
    // A gallery app's job has its own attribute mappings and settings: a
    // page for the non-gallery SCIM app does not describe it.
    if let template = health.templateId, !template.isEmpty,
      !["scim", "customappsso"].contains(template.lowercased())
    {
      out.append(
        Diagnostic(
          rule: "job-not-scim-template", severity: .warning,
          message:
            "the job uses the gallery template '\(ControlCharacters.visible(template))', not the "
            + "non-gallery SCIM template ('scim' or 'customappsso') the docs describe; their "
            + "requirements may not apply to it",
          location: Linter.location("/health/templateId", loaded), key: "/health/templateId",
          fix: "export the job whose templateId is 'scim' (or pass that job alone as 'job')"))
    }
    if health.intervalNotConfigured == true
      || loaded.config.syncInterval == neverInterval
    {
      out.append(
        Diagnostic(
          rule: "schedule-never-configured", severity: .warning,
          message:
            "the job's schedule interval is the never-configured sentinel; no cycle will run",
          location: Linter.location("/syncInterval", loaded), key: "/syncInterval"))
    }
    return out
  }
}
