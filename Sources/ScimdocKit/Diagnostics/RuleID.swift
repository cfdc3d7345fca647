/// Every rule id `check`, `build` and `lint` can report: the ids people write in
/// `.scimdoc.yml` (`rules:`) and in `scimdoc-disable` comments, and the ids
/// findings carry. `RuleCatalog` describes each (tests keep the two equal, and
/// every rule id written in `Sources/` a case here).
public enum RuleID: String, CaseIterable, Sendable {
  case frontMatterMissing = "front-matter-missing"
  case frontMatterInvalid = "front-matter-invalid"
  case frontMatterDuplicateKey = "front-matter-duplicate-key"
  case titleMissing = "title-missing"
  case titleSmartQuotes = "title-smart-quotes"
  case updatedInvalid = "updated-invalid"
  case updatedUnpadded = "updated-unpadded"
  case frontMatterType = "front-matter-type"
  case contextualLinkType = "contextual-link-type"
  case contextualLinkUrlMissing = "contextual-link-url-missing"
  case contentsLinkBroken = "contents-link-broken"
  case contentsMissingHeading = "contents-missing-heading"
  case anchorBroken = "anchor-broken"
  case linkPageMissing = "link-page-missing"
  case linkAnchorBroken = "link-anchor-broken"
  case pageIdDuplicate = "page-id-duplicate"
  case suppressionWithoutReason = "suppression-without-reason"
  case suppressionUnknownRule = "suppression-unknown-rule"
  case suppressionUnused = "suppression-unused"
  case pathSkipped = "path-skipped"
  case insecureEndpoint = "insecure-endpoint"
  case credentialsInUrl = "credentials-in-url"
  case contradiction = "contradiction"
  case unmappedSetting = "unmapped-setting"
  case crossPageConflict = "cross-page-conflict"
  case fileUnreadable = "file-unreadable"
  case invalidUrl = "invalid-url"
  case unknownValue = "unknown-value"
  case frontMatterRequired = "front-matter-required"
  case contextualLinkNameMissing = "contextual-link-name-missing"
  case contextualLinkUrlSpace = "contextual-link-url-space"
  case contextualLinksShape = "contextual-links-shape"
  case requirementMismatch = "requirement-mismatch"
  case requirementMissing = "requirement-missing"
  case requirementIncomplete = "requirement-incomplete"
  case requirementUnexpected = "requirement-unexpected"
  case requirementForbidden = "requirement-forbidden"
  case requirementUnverifiable = "requirement-unverifiable"
  // scimdoc probe (ScimdocProbe target)
  case probeUnreachable = "probe-unreachable"
  case probeTimeout = "probe-timeout"
  case probeTLS = "probe-tls"
  case probeRedirect = "probe-redirect"
  case probeAuthRejected = "probe-auth-rejected"
  case probeHTTPStatus = "probe-http-status"
  case probeNotJSON = "probe-not-json"
  case probeTestConnection = "probe-test-connection"
  case probeDiscoveryInvalid = "probe-discovery-invalid"
  case probeAttributeUnknown = "probe-attribute-unknown"
  case probeFilterUnsupported = "probe-filter-unsupported"
  case probeAuthScheme = "probe-auth-scheme"
  case probeWriteFailed = "probe-write-failed"
  case probeCleanupFailed = "probe-cleanup-failed"
  case jobQuarantined = "job-quarantined"
  case jobNotConfigured = "job-not-configured"
  case scheduleNeverConfigured = "schedule-never-configured"
  case jobNotScimTemplate = "job-not-scim-template"

  /// True for a known id or `*` (every rule).
  public static func isKnown(_ id: String) -> Bool { id == "*" || RuleID(rawValue: id) != nil }

  /// "; did you mean 'anchor-broken'?" for an id within two edits of a known
  /// one (the closest, then the first in order), else "".
  public static func suggestion(for id: String) -> String {
    Suggestion.closest(
      to: id, in: allCases.map(\.rawValue).sorted(), maxDistance: max(2, id.count / 4)
    )
    .map { "; did you mean '\($0)'?" } ?? ""
  }
}
