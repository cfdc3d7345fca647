/// Every rule `scimdoc probe` can report: what a live SCIM endpoint did
/// differently from what its setup page promises.
public enum ProbeRules {
  public static let all: [RuleDescription] = [
    RuleDescription(
      id: "probe-unreachable", name: "ProbeUnreachable",
      summary: "The endpoint could not be reached (connection refused, no route, name unknown).",
      severity: .error),
    RuleDescription(
      id: "probe-timeout", name: "ProbeTimeout",
      summary: "The endpoint did not answer within `--timeout` seconds.", severity: .error),
    RuleDescription(
      id: "probe-tls", name: "ProbeTLS",
      summary: "The TLS handshake failed (certificate, protocol or host name).", severity: .error),
    RuleDescription(
      id: "probe-redirect", name: "ProbeRedirect",
      summary:
        "The endpoint answered with a redirect; the probe never follows one (the identity "
        + "provider would not either, or would send the token elsewhere).",
      severity: .error),
    RuleDescription(
      id: "probe-auth-rejected", name: "ProbeAuthRejected",
      summary: "The endpoint refused the token (401 or 403).", severity: .error),
    RuleDescription(
      id: "probe-http-status", name: "ProbeHTTPStatus",
      summary: "The endpoint answered with an unexpected status (404, 5xx, ...).",
      severity: .error),
    RuleDescription(
      id: "probe-not-json", name: "ProbeNotJSON",
      summary: "The endpoint's answer is not JSON.", severity: .error),
    RuleDescription(
      id: "probe-test-connection", name: "ProbeTestConnection",
      summary:
        "The Test Connection request (`GET /Users?filter=userName eq \"...\"`) did not answer "
        + "an empty SCIM `ListResponse`.",
      severity: .error),
    RuleDescription(
      id: "probe-discovery-invalid", name: "ProbeDiscoveryInvalid",
      summary:
        "`/ServiceProviderConfig`, `/Schemas` or `/ResourceTypes` is missing or not shaped as "
        + "RFC 7643 says.",
      severity: .warning),
    RuleDescription(
      id: "probe-attribute-unknown", name: "ProbeAttributeUnknown",
      summary: "The page maps an attribute the server's `/Schemas` does not define.",
      severity: .error),
    RuleDescription(
      id: "probe-filter-unsupported", name: "ProbeFilterUnsupported",
      summary:
        "The page names a matching attribute, but the server says it does not support filters.",
      severity: .error),
    RuleDescription(
      id: "probe-auth-scheme", name: "ProbeAuthScheme",
      summary:
        "The authentication the page asks for is not among the server's "
        + "`authenticationSchemes`.",
      severity: .warning),
    RuleDescription(
      id: "probe-write-failed", name: "ProbeWriteFailed",
      summary:
        "A step of the `--write` sequence (create, find, update, deactivate, delete a "
        + "disposable user) failed.",
      severity: .error),
    RuleDescription(
      id: "probe-cleanup-failed", name: "ProbeCleanupFailed",
      summary: "The disposable user of `--write` could not be deleted: it is left on the server.",
      severity: .error),
  ]
}
