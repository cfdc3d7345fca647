/// Okta features: `USER_PROVISIONING`, `INBOUND_PROVISIONING`, group push.
extension OktaExportLoader {
  /// The app's `features` list (`PUSH_NEW_USERS`, `GROUP_PUSH`, ...).
  struct AppFeatureList {
    /// The list node, or nil when the app has none.
    let list: JSONNode?

    init(_ node: JSONNode?) throws(InputError) {
      list = node
      for element in try node?.requireArray() ?? [] { _ = try element.requireString() }
    }

    /// The element naming `feature`, or nil.
    func node(named feature: String) -> JSONNode? {
      list?.elements?.first { $0.string == feature }
    }
  }

  /// `USER_PROVISIONING` capabilities → users and push toggles.
  mutating func readUserProvisioning(_ feature: JSONNode?, fallback: AppFeatureList)
    throws(InputError)
  {
    var users = config.users ?? ObjectProvisioning()
    defer { config.users = users }
    guard let feature else {
      readLegacyPush(fallback, into: &users)
      return
    }
    map.record("/users", feature)
    if let (on, node) = try Self.status(feature) {
      users.enabled = on
      map.record("/users/enabled", node)
    }
    let capabilities = try feature["capabilities"]?.requireObject()
    let create = try capabilities?["create"]?.requireObject()
    let update = try capabilities?["update"]?.requireObject()
    let steps: [(String, ObjectProvisioning.Action?, JSONNode?)] = [
      ("pushNewUsers", .create, create?["lifecycleCreate"]),
      ("pushProfileUpdates", .update, update?["profile"]),
      ("deactivateUsers", .deactivate, update?["lifecycleDeactivate"]),
      ("syncPassword", nil, update?["password"]),
    ]
    var actions: [ObjectProvisioning.Action] = []
    var firstOff: JSONNode?
    for (name, action, node) in steps {
      guard let (on, status) = try Self.status(node) else { continue }
      setFeature(name, on, from: status)
      if let action {
        if on { actions.append(action) } else if firstOff == nil { firstOff = status }
      }
    }
    if let capabilities {
      users.actions = actions
      // A missing action most likely comes from the first disabled capability.
      map.record("/users/actions", firstOff ?? capabilities)
    }
  }

  /// The app's legacy `features` list when there is no `USER_PROVISIONING`.
  mutating func readLegacyPush(_ list: AppFeatureList, into users: inout ObjectProvisioning) {
    guard let listNode = list.list else { return }
    let steps: [(String, String, ObjectProvisioning.Action?)] = [
      ("pushNewUsers", "PUSH_NEW_USERS", .create),
      ("pushProfileUpdates", "PUSH_PROFILE_UPDATES", .update),
      ("deactivateUsers", "PUSH_USER_DEACTIVATION", .deactivate),
      ("syncPassword", "PUSH_PASSWORD_UPDATES", nil),
    ]
    var actions: [ObjectProvisioning.Action] = []
    for (name, flag, action) in steps {
      let node = list.node(named: flag)
      setFeature(name, node != nil, from: node ?? listNode)
      if let action, node != nil { actions.append(action) }
    }
    users.actions = actions
    users.enabled = !actions.isEmpty
    map.record("/users/actions", listNode)
    map.record("/users/enabled", listNode)
  }

  /// `INBOUND_PROVISIONING` → the import toggle and the matching attribute.
  mutating func readInbound(_ feature: JSONNode?, fallback: AppFeatureList) throws(InputError) {
    let name = "importNewUsersAndProfileUpdates"
    guard let feature else {
      guard let listNode = fallback.list else { return }
      let imports = fallback.node(named: "IMPORT_NEW_USERS")
      let updates = fallback.node(named: "IMPORT_PROFILE_UPDATES")
      setFeature(name, imports != nil && updates != nil, from: imports ?? listNode)
      return
    }
    if let (on, node) = try Self.status(feature) { setFeature(name, on, from: node) }
    let capabilities = try feature["capabilities"]?.requireObject() ?? feature
    let rules = try capabilities["importRules"]?.requireObject()
    guard let match = try rules?["userCreateAndMatch"]?.requireObject(),
      let criteria = match["exactMatchCriteria"], let text = try Self.optionalString(criteria)
    else { return }
    let target =
      switch text.uppercased() {
      case "USERNAME": "userName"
      case "EMAIL": "email"
      default: text
      }
    var users = config.users ?? ObjectProvisioning()
    users.matching = [MatchingAttribute(target: target, precedence: 1)]
    config.users = users
    map.record("/users/matching", criteria)
    map.record("/users/matching/0", criteria)
    map.record("/users/matching/0/target", criteria)
  }

  /// `GROUP_PUSH` in the app's features (else a non-empty `groupPush` list)
  /// → `/features/pushGroups` and `/groups/enabled`.
  mutating func readGroupPush(_ list: AppFeatureList) throws(InputError) {
    let node: JSONNode
    let on: Bool
    if let flag = list.node(named: "GROUP_PUSH") {
      (node, on) = (flag, true)
    } else if let listNode = list.list {
      (node, on) = (listNode, false)
    } else if let mappings = root["groupPush"] {
      (node, on) = (mappings, !(try mappings.requireArray().isEmpty))
    } else {
      return
    }
    setFeature("pushGroups", on, from: node)
    config.groups = ObjectProvisioning(enabled: on)
    map.record("/groups", node)
    map.record("/groups/enabled", node)
  }
}
