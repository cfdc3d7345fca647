import ScimdocKit

/// Do the page's mapped attributes exist in the server's schema?
extension Prober {
  func checkAttributes() {
    guard !index.schemas.isEmpty else { return }
    check(plan.userMappings, resource: "user", core: SCIMSchemaIndex.userSchema, noun: "User")
    check(plan.groupMappings, resource: "group", core: SCIMSchemaIndex.groupSchema, noun: "Group")
  }

  private func check(
    _ mappings: [ProbePlan.Mapping], resource: String, core: String, noun: String
  ) {
    let allowed = index.schemas(for: resource, core: core)
    for (i, mapping) in mappings.enumerated() {
      guard let path = mapping.path else { continue }
      let step = "attribute/\(resource)/\(mapping.target)"
      let anchor = Anchor(mapping.requirement)
      if index.lookup(path, in: allowed) != nil {
        pass(step, anchor)
        continue
      }
      let pointer = pointer(for: path, core: core)
      let exchange = schemasExchange
      var message =
        "the page maps '\(mapping.target)', but the server's \(noun) schema has no such attribute"
      if let schema = path.schema,
        !allowed.contains(where: { $0.lowercased() == schema.lowercased() })
      {
        message =
          "the page maps '\(mapping.target)', but the server's \(noun) resource type does not "
          + "use the schema \(schema)"
      }
      message += exchange.map { " (\($0.summary), at \(pointer))" } ?? ""
      fail(
        step, "probe-attribute-unknown", message, anchor, exchange: exchange, pointer: pointer,
        key: "\(mapping.requirement.key)/\(i)", severity: anchor.severity)
    }
  }

  /// Where in the `/Schemas` answer the attribute would be defined.
  private func pointer(for path: SCIMAttributePath, core: String) -> String {
    let schema = (path.schema ?? core).lowercased()
    guard let at = index.schemaPointers[schema] else { return "/Resources" }
    return at + "/attributes"
  }
}
