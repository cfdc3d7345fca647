/// How one object type (users or groups) is provisioned.
public struct ObjectProvisioning: Sendable, Equatable, Codable {
  /// `/users/enabled`: whether the object mapping is on.
  public var enabled: Bool?
  /// `/users/actions`: what the client may do in the target.
  public var actions: [Action]?
  /// `/users/matching`: the attributes that match objects, by precedence.
  public var matching: [MatchingAttribute]?
  /// `/users/mappings`: source → target attribute mappings, in order.
  public var mappings: [AttributeMapping]?

  public init(
    enabled: Bool? = nil, actions: [Action]? = nil, matching: [MatchingAttribute]? = nil,
    mappings: [AttributeMapping]? = nil
  ) {
    self.enabled = enabled
    self.actions = actions
    self.matching = matching
    self.mappings = mappings
  }

  /// A target object action (`deactivate`: Okta's "Deactivate Users").
  public enum Action: String, Sendable, Codable, CaseIterable {
    case create, update, delete, deactivate
  }
}

/// One attribute used to match existing objects.
public struct MatchingAttribute: Sendable, Equatable, Codable {
  /// The target attribute, for example `userName`.
  public var target: String
  /// The source attribute or expression, for example `userPrincipalName`.
  public var source: String?
  /// 1 is tried first.
  public var precedence: Int

  public init(target: String, source: String? = nil, precedence: Int) {
    self.target = target
    self.source = source
    self.precedence = precedence
  }
}

/// One source → target attribute mapping.
public struct AttributeMapping: Sendable, Equatable, Codable {
  /// The source attribute name (direct), value (constant) or expression.
  public var source: String?
  /// The target attribute, for example `emails[type eq "work"].value`.
  public var target: String
  /// How the source is read.
  public var type: MappingType
  /// Matching precedence when the mapping is used for matching (1 first).
  public var matchingPrecedence: Int?
  /// When the value flows (Entra `flowType`: `Always`, `ObjectAddOnly`, ...).
  public var flow: String?

  public init(
    source: String?, target: String, type: MappingType, matchingPrecedence: Int? = nil,
    flow: String? = nil
  ) {
    self.source = source
    self.target = target
    self.type = type
    self.matchingPrecedence = matchingPrecedence
    self.flow = flow
  }

  /// The kind of mapping source.
  public enum MappingType: String, Sendable, Codable, CaseIterable {
    case direct, constant, expression, none
  }
}
