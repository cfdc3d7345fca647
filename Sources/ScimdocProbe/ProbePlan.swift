import ScimdocKit

/// What a setup page promises about its endpoint, read from its manifest:
/// the sentences the probe's findings point at.
public struct ProbePlan: Sendable {
  /// One mapped attribute and the table that maps it.
  public struct Mapping: Sendable {
    public var target: String
    public var path: SCIMAttributePath?
    public var requirement: Requirement
  }

  public var page: String
  public var tenantURL: Requirement?
  public var testConnection: Fact?
  public var userMappings: [Mapping]
  public var groupMappings: [Mapping]
  /// The attribute users are matched on, and the sentence naming it.
  public var matching: Mapping?
  /// `bearer`, `basic`, `oauth2`, ... and the sentence that says so.
  public var authentication: (scheme: String, requirement: Requirement)?
  /// The user actions the page turns on (`update`, `deactivate`), each with its sentence.
  public var userActions: [String: Requirement]

  public init(_ manifest: Manifest) {
    page = manifest.source.path
    let requirements = manifest.requirements
    tenantURL = requirements.first { $0.key == "/tenantUrl" }
    testConnection = manifest.facts.first { $0.kind == "testConnection" }
    userMappings = Self.mappings(requirements, "/users/mappings")
    groupMappings = Self.mappings(requirements, "/groups/mappings")
    matching = Self.mappings(requirements, "/users/matching").first
    if let auth = requirements.first(where: { $0.key == "/authentication" }),
      let scheme = auth.value?.stringValue
    {
      authentication = (scheme, auth)
    } else if let token = requirements.first(where: { $0.key == "/secretToken" }) {
      authentication = ("bearer", token)
    }
    var actions: [String: Requirement] = [:]
    for r in requirements where r.key == "/users/actions" && r.op == .contains {
      for case .string(let action) in r.value.map(Self.items) ?? [] where actions[action] == nil {
        actions[action] = r
      }
    }
    userActions = actions
  }

  /// The target of each row of the mapping table(s) at `key`.
  static func mappings(_ requirements: [Requirement], _ key: String) -> [Mapping] {
    var out: [Mapping] = []
    for r in requirements where r.key == key {
      for case .object(let row) in r.value.map(items) ?? [] {
        guard let target = row["target"]?.stringValue else { continue }
        out.append(Mapping(target: target, path: SCIMAttributePath(target), requirement: r))
      }
    }
    return out
  }

  static func items(_ value: ManifestValue) -> [ManifestValue] {
    if case .array(let a) = value { return a }
    return [value]
  }
}
