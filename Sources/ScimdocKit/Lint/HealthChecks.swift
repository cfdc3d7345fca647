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
