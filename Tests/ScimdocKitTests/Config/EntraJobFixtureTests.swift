import Testing

@testable import ScimdocKit

/// Each Graph job fixture, bundled as `job` (or `jobs`), loads its schedule
/// and health with positions.
@Suite struct EntraJobFixtureTests {
  struct Expected: Sendable, CustomStringConvertible {
    var file: String
    var key = "job"
    var template: String
    var status: ProvisioningConfig.ProvisioningStatus
    var interval: String
    var code: String
    var reason: String? = nil
    var errorCode: String? = nil
    /// Which occurrence of the status code's text is the code (not the state).
    var codeOccurrence = 1
    var description: String { file }
  }

  static let cases: [Expected] = [
    Expected(
      file: "graph-job-aws-active-quarantine-PT40M.json", template: "aWSSingleSignon",
      status: .on, interval: "PT40M", code: "Quarantine", reason: "EncounteredQuarantineException",
      errorCode: "SystemForCrossDomainIdentityManagementInvalidCredentials"),
    Expected(
      file: "graph-job-aws-created-PT40M.json", template: "aWSSingleSignon", status: .off,
      interval: "PT40M", code: "Paused"),
    Expected(
      file: "graph-job-azure2azure-created-v1.json", template: "Azure2Azure", status: .off,
      interval: "PT40M", code: "Paused"),
    Expected(
      file: "graph-job-azure2azure-started-notrun-v1.json", template: "Azure2Azure", status: .on,
      interval: "PT40M", code: "NotRun", errorCode: "None"),
    Expected(
      file: "graph-job-entra-configapi-notconfigured-beta.json", template: "aws", status: .off,
      interval: ProvisioningHealth.neverConfiguredInterval, code: "NotConfigured"),
    Expected(
      file: "graph-job-get-v1-docexample.json", template: "BoxOutDelta", status: .off,
      interval: ProvisioningHealth.neverConfiguredInterval, code: "Paused", reason: "",
      errorCode: "SalesforceInvalidCredentials"),
    Expected(
      file: "graph-job-cloudsync-active-wikimirror.json", key: "jobs",
      template: "AD2AADProvisioning", status: .on, interval: "PT20M", code: "Active",
      codeOccurrence: 2),
    Expected(
      file: "graph-jobs-list-v1-docexample.json", key: "jobs", template: "BoxOutDelta",
      status: .off, interval: ProvisioningHealth.neverConfiguredInterval, code: "Paused"),
  ]

  @Test(arguments: cases)
  func jobLoads(_ expected: Expected) throws {
    guard let fixtures = EntraFixtures(for: "jobLoads(\(expected.file))") else { return }
    let text = fixtures.bundle([(expected.key, try fixtures.text(expected.file))])
    let loaded = try fixtures.load(text)
    let config = loaded.config
    #expect(loaded.format == .entraGraph)
    #expect(config.provider == .entra)
    #expect(config.provisioningMode == .automatic)
    #expect(config.provisioningStatus == expected.status)
    #expect(config.syncInterval == expected.interval)
    let health = try #require(config.health)
    #expect(health.templateId == expected.template)
    #expect(health.statusCode == expected.code)
    #expect(health.quarantineReason == expected.reason)
    #expect(health.errorCode == expected.errorCode)
    #expect(
      health.intervalNotConfigured
        == (expected.interval == ProvisioningHealth.neverConfiguredInterval))
    #expect(ISODuration(expected.interval) != nil)

    expectMapped(loaded, "/syncInterval", to: "\"\(expected.interval)\"", in: text)
    expectMapped(
      loaded, "/health/statusCode", to: "\"\(expected.code)\"", in: text,
      occurrence: expected.codeOccurrence)
    let state = expected.status == .on ? "\"Active\"" : "\"Disabled\""
    expectMapped(loaded, "/provisioningStatus", to: state, in: text)
    // No secrets or schema: those keys are absent and point at the top level.
    #expect(config.tenantUrl == nil && config.users == nil)
    let missing = try #require(loaded.location(of: "/tenantUrl"))
    #expect(missing.isMissing && missing.inputPointer == "" && missing.range.start.line == 1)
    #expect(loaded.location(of: "/users/enabled")?.isMissing == true)
  }

  @Test func emptyJobListMeansManual() throws {
    let loaded = try ConfigLoader.load(
      file: SourceFile(path: "b.json", text: #"{"jobs": {"value": []}}"#))
    #expect(loaded.config.provisioningMode == .manual)
    #expect(loaded.config.provisioningStatus == nil)
    #expect(loaded.location(of: "/provisioningMode")?.inputPointer == "/jobs")
  }

  @Test func scimJobIsPreferredOverOthers() throws {
    let text = """
      {"jobs": {"value": [
        {"templateId": "Azure2Azure", "schedule": {"state": "Paused"}},
        {"templateId": "scim", "schedule": {"state": "Active", "interval": "PT40M"}}]}}
      """
    let loaded = try ConfigLoader.load(file: SourceFile(path: "b.json", text: text))
    #expect(loaded.config.health?.templateId == "scim")
    #expect(loaded.config.provisioningStatus == .on)
    #expect(
      loaded.location(of: "/provisioningStatus")?.inputPointer == "/jobs/value/1/schedule/state")
  }
}
