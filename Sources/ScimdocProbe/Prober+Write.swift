import ScimdocKit

/// `--write`: one disposable user through the provisioning sequence, deleted
/// again whatever happens.
extension Prober {
  static let patchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp"

  func writeSequence() {
    let user = disposableUser()
    let createAnchor = plan.userMappings.first.map { Anchor($0.requirement) } ?? endpointAnchor
    guard
      let created = send(
        ProbeRequest(method: "POST", path: "/Users", body: user.body.data), expected: [201, 200],
        anchor: createAnchor, what: "Create user", step: "write/create")
    else {
      cleanUp(id: nil, user: user, anchor: createAnchor)
      return
    }
    guard let id = created.json?.member("id")?.string, !id.isEmpty else {
      fail(
        "write/create", "probe-write-failed",
        "Create user: \(created.exchange.summary), but the answer has no /id",
        createAnchor, exchange: created.exchange, pointer: "/id")
      cleanUp(id: nil, user: user, anchor: createAnchor)
      return
    }
    pass("write/create", createAnchor)
    var deleted = false
    // Structured cleanup: whatever step fails, the user is deleted before returning.
    defer { if !deleted { cleanUp(id: id, user: user, anchor: createAnchor) } }
    find(id: id, user: user)
    let update = plan.userActions["update"].map(Anchor.init) ?? createAnchor
    guard patch(id, updateOperation(), what: "Update user", step: "write/update", anchor: update)
    else { return }
    let deactivate = plan.userActions["deactivate"].map(Anchor.init) ?? createAnchor
    let off: ProbeJSON = .object([
      "op": .string("replace"), "path": .string("active"), "value": .bool(false),
    ])
    guard
      patch(
        id, off, what: "Deactivate user", step: "write/deactivate", anchor: deactivate,
        expect: ("/active", .bool(false)))
    else { return }
    deleted = delete(id, anchor: plan.userActions["delete"].map(Anchor.init) ?? createAnchor)
  }

  /// The user built from the page's user mappings the server knows.
  func disposableUser() -> DisposableUser {
    let allowed = index.schemas(for: "user", core: SCIMSchemaIndex.userSchema)
    let known = plan.userMappings.compactMap(\.path).filter {
      index.schemas.isEmpty || index.lookup($0, in: allowed) != nil
    }
    let readOnly = Set(["id", "meta", "groups", "password", "schemas"])
    let targets = known.filter { !readOnly.contains($0.attribute.lowercased()) }
    return DisposableUser(targets: targets, nonce: nonce) { [index] path in
      index.lookup(path, in: allowed)?.type
    }
  }

  /// Finds the new user by the page's matching attribute (else `userName`).
  private func find(id: String, user: DisposableUser) {
    let path = plan.matching?.path ?? SCIMAttributePath("userName")
    let anchor = plan.matching.map { Anchor($0.requirement) } ?? createAnchorFallback
    guard let path, let filter = user.filter(by: path) else { return }
    guard
      let found = send(
        ProbeRequest(method: "GET", path: "/Users?filter=" + Self.queryEncoded(filter)),
        expected: [200], anchor: anchor, what: "Find user by \(DisposableUser.key(path))",
        step: "write/find")
    else { return }
    let ids = (found.json?.member("Resources")?.array ?? []).compactMap { $0.member("id")?.string }
    guard ids.contains(id) else {
      fail(
        "write/find", "probe-write-failed",
        "Find user: \(found.exchange.summary), but the user just created (id \(id)) is not in "
          + "/Resources (\(ids.count) found) for the filter \(filter)",
        anchor, exchange: found.exchange, pointer: "/Resources")
      return
    }
    pass("write/find", anchor)
  }

  private var createAnchorFallback: Anchor {
    plan.userMappings.first.map { Anchor($0.requirement) } ?? endpointAnchor
  }

  /// `replace` of a name part the page maps, else `displayName`, else `active`.
  private func updateOperation() -> ProbeJSON {
    let mapped = Set(plan.userMappings.compactMap { $0.path.map(DisposableUser.key) })
    for candidate in ["name.givenName", "name.familyName", "displayName"]
    where mapped.contains(candidate) {
      return .object([
        "op": .string("replace"), "path": .string(candidate), "value": .string("Probed"),
      ])
    }
    return .object(["op": .string("replace"), "path": .string("active"), "value": .bool(true)])
  }

  /// Sends one PATCH operation; false (with a finding) when it failed.
  private func patch(
    _ id: String, _ operation: ProbeJSON, what: String, step: String, anchor: Anchor,
    expect: (pointer: String, value: ProbeJSON)? = nil
  ) -> Bool {
    let body: ProbeJSON = .object([
      "schemas": .array([.string(Self.patchOp)]), "Operations": .array([operation]),
    ])
    guard
      let answer = send(
        ProbeRequest(method: "PATCH", path: "/Users/" + Self.queryEncoded(id), body: body.data),
        expected: [200, 204], anchor: anchor, what: what, needsJSON: false, step: step)
    else { return false }
    if let expect, let json = answer.json,
      let actual = json.member(String(expect.pointer.dropFirst())), actual != expect.value
    {
      fail(
        step, "probe-write-failed",
        "\(what): \(answer.exchange.summary), but \(expect.pointer) is "
          + String(decoding: actual.data, as: UTF8.self),
        anchor, exchange: answer.exchange, pointer: expect.pointer)
      return false
    }
    pass(step, anchor)
    return true
  }

  /// Deletes the user and checks it is gone; true when it is.
  private func delete(_ id: String, anchor: Anchor) -> Bool {
    let path = "/Users/" + Self.queryEncoded(id)
    guard
      send(
        ProbeRequest(method: "DELETE", path: path), expected: [204, 200], anchor: anchor,
        what: "Delete user", needsJSON: false, step: "write/delete") != nil
    else { return false }
    // Gone means a 404 now; anything else is a finding (and the cleanup tries again).
    guard
      send(
        ProbeRequest(method: "GET", path: path), expected: [404], anchor: anchor,
        what: "Deleted user", needsJSON: false, step: "write/delete") != nil
    else { return false }
    pass("write/delete", anchor)
    return true
  }

  /// Deletes what the sequence left: the user `id`, or every user named as
  /// the disposable one when its id is unknown. A user left is a finding.
  func cleanUp(id: String?, user: DisposableUser, anchor: Anchor) {
    var ids = id.map { [$0] } ?? []
    if id == nil {
      let filter = "userName eq \"\(user.userName)\""
      let listed = send(
        ProbeRequest(method: "GET", path: "/Users?filter=" + Self.queryEncoded(filter)),
        expected: [200], anchor: anchor, what: "Cleanup lookup", step: "write/cleanup")
      ids = (listed?.json?.member("Resources")?.array ?? []).compactMap {
        $0.member("id")?.string
      }
    }
    for leftover in ids {
      let path = "/Users/" + Self.queryEncoded(leftover)
      let answer = send(
        ProbeRequest(method: "DELETE", path: path), expected: [204, 200, 404], anchor: anchor,
        what: "Cleanup", needsJSON: false, step: "write/cleanup")
      if answer == nil {
        fail(
          "write/cleanup", "probe-cleanup-failed",
          "the disposable user \(user.userName) (id \(leftover)) could not be deleted: "
            + "it is left on the server; delete it by hand",
          anchor, exchange: exchanges.last)
      }
    }
  }
}
