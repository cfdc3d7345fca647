/// Every rule `scimdoc lint` can report.
public enum LintRules {
  public static let all: [RuleDescription] = [
    RuleDescription(
      id: "requirement-mismatch", name: "RequirementMismatch",
      summary: "A config value differs from the value the docs require.", severity: .error),
    RuleDescription(
      id: "requirement-missing", name: "RequirementMissing",
      summary: "The config does not set a value the docs require.", severity: .error),
    RuleDescription(
      id: "requirement-incomplete", name: "RequirementIncomplete",
      summary:
        "A config list lacks items the docs require (actions, matching attributes, mappings).",
      severity: .error),
    RuleDescription(
      id: "requirement-unexpected", name: "RequirementUnexpected",
      summary: "The config sets something the docs say must not be set.", severity: .error),
    RuleDescription(
      id: "requirement-forbidden", name: "RequirementForbidden",
      summary: "The config uses a value or list item the docs say not to use.", severity: .error),
    RuleDescription(
      id: "requirement-unverifiable", name: "RequirementUnverifiable",
      summary:
        "The docs require a setting this kind of export cannot hold (OneLogin's Apps API has no provisioning options but `enabled`): check it by hand.",
      severity: .note),
    RuleDescription(
      id: "job-quarantined", name: "JobQuarantined",
      summary: "The provisioning job is in quarantine.", severity: .error),
    RuleDescription(
      id: "job-not-configured", name: "JobNotConfigured",
      summary: "The provisioning job was never configured.", severity: .error),
    RuleDescription(
      id: "schedule-never-configured", name: "ScheduleNeverConfigured",
      summary: "The job's interval is the never-configured sentinel.", severity: .warning),
    RuleDescription(
      id: "job-not-scim-template", name: "JobNotScimTemplate",
      summary:
        "The linted job uses a gallery template (`slack`, ...), not the non-gallery SCIM "
        + "template (`scim`, `customappsso`) a setup page documents.",
      severity: .warning),
  ]
}
