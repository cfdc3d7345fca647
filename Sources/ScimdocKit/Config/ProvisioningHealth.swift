/// The state of a provisioning job, kept so lint can report health findings.
///
/// Entra fills it from the synchronization job's `status` and `schedule`;
/// native configs may state it too. Messages from the service are copied as
/// they are (they never hold credentials).
public struct ProvisioningHealth: Sendable, Equatable, Codable {
  /// The job's template (`scim`, `customappsso`, `aWSSingleSignon`, ...).
  public var templateId: String?
  /// The job's schedule state (`Active`, `Disabled`, `Paused`).
  public var scheduleState: String?
  /// The job's status code (see ``StatusCode``), as written.
  public var statusCode: String?
  /// The quarantine reason (`EncounteredQuarantineException`, ...).
  public var quarantineReason: String?
  /// The error code reported with the quarantine or last execution.
  public var errorCode: String?
  /// The error message reported with the quarantine or last execution.
  public var errorMessage: String?
  /// Consecutive failed cycles.
  public var successiveFailures: Int?
  /// True when the interval is the never-configured sentinel
  /// (``ProvisioningHealth/neverConfiguredInterval``).
  public var intervalNotConfigured: Bool?

  public init(
    templateId: String? = nil, scheduleState: String? = nil, statusCode: String? = nil,
    quarantineReason: String? = nil, errorCode: String? = nil, errorMessage: String? = nil,
    successiveFailures: Int? = nil, intervalNotConfigured: Bool? = nil
  ) {
    self.templateId = templateId
    self.scheduleState = scheduleState
    self.statusCode = statusCode
    self.quarantineReason = quarantineReason
    self.errorCode = errorCode
    self.errorMessage = errorMessage
    self.successiveFailures = successiveFailures
    self.intervalNotConfigured = intervalNotConfigured
  }

  /// The interval Graph shows for a job that was never configured
  /// (.NET `TimeSpan.MaxValue`).
  public static let neverConfiguredInterval = "P10675199DT2H48M5.4775807S"

  /// Graph's `synchronizationStatus.code` values.
  public enum StatusCode: String, Sendable, CaseIterable {
    case notConfigured = "NotConfigured"
    case notRun = "NotRun"
    case active = "Active"
    case paused = "Paused"
    case quarantine = "Quarantine"
  }

  /// ``statusCode`` as a known code, or nil.
  public var status: StatusCode? { statusCode.flatMap(StatusCode.init(rawValue:)) }

  /// True when the job runs normally (`Active` or `NotRun`).
  public var isHealthy: Bool { status == .active || status == .notRun }
}

/// An ISO 8601 duration (`PT40M`, `P1D`, `P10675199DT2H48M5.4775807S`).
public struct ISODuration: Sendable, Hashable {
  /// The length in seconds (months count 30 days, years 365).
  public let seconds: Double

  /// Parses `PnYnMnWnDTnHnMnS`; nil when malformed. `PT1M` is one minute,
  /// `P1M` one month.
  public init?(_ text: String) {
    var rest = Substring(text)
    guard rest.first == "P" else { return nil }
    rest.removeFirst()
    var total = 0.0
    var inTime = false
    var sawUnit = false
    var number = ""
    for ch in rest {
      if ch == "T" {
        guard !inTime, number.isEmpty else { return nil }
        inTime = true
      } else if ch.isASCII, ch.isNumber || ch == "." || ch == "," {
        number.append(ch == "," ? "." : ch)
      } else {
        guard let value = Double(number) else { return nil }
        let unit: Double
        switch (inTime, ch) {
        case (false, "Y"): unit = 365 * 86_400
        case (false, "M"): unit = 30 * 86_400
        case (false, "W"): unit = 7 * 86_400
        case (false, "D"): unit = 86_400
        case (true, "H"): unit = 3_600
        case (true, "M"): unit = 60
        case (true, "S"): unit = 1
        default: return nil
        }
        total += value * unit
        number = ""
        sawUnit = true
      }
    }
    guard sawUnit, number.isEmpty else { return nil }
    seconds = total
  }
}
