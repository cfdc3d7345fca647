import Foundation

/// A provisioning configuration in scimdoc's neutral model.
///
/// Manifests constrain this model and lint reads it; its JSON form (the
/// native config format, `schemas/config.schema.json`) uses the same keys, so
/// a requirement key such as `/users/enabled` is a JSON Pointer into it.
/// Every property is optional: absent means the input did not say.
public struct ProvisioningConfig: Sendable, Equatable, Codable {
  /// `/provider`.
  public var provider: Provider?
  /// `/tenantUrl`: the SCIM base URL, exactly as configured.
  public var tenantUrl: String?
  /// `/secretToken`: whether a credential is set. The value is never kept.
  public var secretToken: SecretValue?
  /// `/authentication`.
  public var authentication: Authentication?
  /// `/provisioningMode`.
  public var provisioningMode: ProvisioningMode?
  /// `/provisioningStatus`.
  public var provisioningStatus: ProvisioningStatus?
  /// `/scope`.
  public var scope: Scope?
  /// `/users`: the user object mapping.
  public var users: ObjectProvisioning?
  /// `/groups`: the group object mapping.
  public var groups: ObjectProvisioning?
  /// `/syncInterval`: an ISO 8601 duration such as `PT40M`, as written.
  public var syncInterval: String?
  /// `/features/<name>`: provider toggles.
  public var features: [String: Bool]?
  /// `/health`: the provisioning job's state, for health findings.
  public var health: ProvisioningHealth?

  public init(
    provider: Provider? = nil, tenantUrl: String? = nil, secretToken: SecretValue? = nil,
    authentication: Authentication? = nil, provisioningMode: ProvisioningMode? = nil,
    provisioningStatus: ProvisioningStatus? = nil, scope: Scope? = nil,
    users: ObjectProvisioning? = nil, groups: ObjectProvisioning? = nil,
    syncInterval: String? = nil, features: [String: Bool]? = nil,
    health: ProvisioningHealth? = nil
  ) {
    self.provider = provider
    self.tenantUrl = tenantUrl
    self.secretToken = secretToken
    self.authentication = authentication
    self.provisioningMode = provisioningMode
    self.provisioningStatus = provisioningStatus
    self.scope = scope
    self.users = users
    self.groups = groups
    self.syncInterval = syncInterval
    self.features = features
    self.health = health
  }

  /// The identity provider the configuration belongs to: a provider
  /// profile's id, built in (`entra`, `okta`, ...) or given with `--profiles`.
  public struct Provider: RawRepresentable, Hashable, Sendable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let entra = Provider(rawValue: "entra")
    public static let okta = Provider(rawValue: "okta")
    public static let onelogin = Provider(rawValue: "onelogin")
    public static let generic = Provider(rawValue: "generic")

    /// True for a profile-id-shaped name: lowercase letters, digits, `-` and `_`.
    static func isValidID(_ id: String) -> Bool {
      guard let first = id.utf8.first, (0x61...0x7A).contains(first) else { return false }
      return id.utf8.allSatisfy {
        (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F
      }
    }
  }

  /// How the SCIM client authenticates.
  public enum Authentication: String, Sendable, Codable, CaseIterable {
    case bearer, basic, oauth2, header
  }

  /// Automatic (API-based) or manual provisioning.
  public enum ProvisioningMode: String, Sendable, Codable, CaseIterable {
    case automatic, manual
  }

  /// Whether provisioning runs.
  public enum ProvisioningStatus: String, Sendable, Codable, CaseIterable {
    case on, off
  }

  /// Which users and groups are provisioned.
  public enum Scope: String, Sendable, Codable, CaseIterable {
    case assigned, all
  }

  /// `/tenantUrl` normalised for comparison (see ``normalizedURL(_:)``).
  public var normalizedTenantUrl: String? { tenantUrl.map(Self.normalizedURL) }

  /// A URL normalised for comparison: scheme and host lowercased, one
  /// trailing `/` of the path dropped. The original is kept elsewhere.
  public static func normalizedURL(_ url: String) -> String {
    let trimmed = url.trimmingCharacters(in: .whitespaces)
    guard var parts = URLComponents(string: trimmed) else { return trimmed }
    parts.scheme = parts.scheme?.lowercased()
    parts.host = parts.host?.lowercased()
    if parts.path.hasSuffix("/") { parts.path.removeLast() }
    return parts.string ?? trimmed
  }

  /// The model as JSON (sorted keys, secret redacted), for lookups by pointer.
  public func neutralDocument(path: String = "<neutral config>") -> JSONDocument? {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return nil }
    return try? JSONDocument(parsing: SourceFile(path: path, bytes: [UInt8](data)))
  }
}
