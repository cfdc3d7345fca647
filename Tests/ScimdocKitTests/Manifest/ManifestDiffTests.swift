import Testing

@testable import ScimdocKit

@Suite struct ManifestDiffTests {
  static let old = """
    ---
    title: "Connect Acme to Azure AD"
    ---

    1. In the **Tenant URL** field, enter `https://scim.acme.test/v1`.
    1. In the **Provisioning Mode** menu, select **Automatic**.
    1. **Provision Azure Active Directory Groups** needs to be turned off.
    """
  static let new = """
    ---
    title: "Connect Acme to Microsoft Entra ID"
    ---

    Some new words up front.

    1. In the **Tenant URL** field, enter `https://scim.acme.test/v2`.
    1. In the **Provisioning Mode** menu, select **Automatic**.
    1. Set the **Provisioning Status** to **On**.
    """

  @Test func addedRemovedAndChangedWithBothSources() throws {
    let diff = ManifestDiff.compare(
      try TestPipeline.manifest(markdown: Self.old, path: "old.md"),
      try TestPipeline.manifest(markdown: Self.new, path: "new.md"))
    let summary = diff.changes.map { "\($0.kind) \($0.key)" }
    #expect(
      summary == ["removed /groups/enabled", "added /provisioningStatus", "changed /tenantUrl"])
    let changed = try #require(diff.changes.last)
    #expect(changed.old?.source.path == "old.md" && changed.old?.source.line == 5)
    #expect(changed.new?.source.path == "new.md" && changed.new?.source.line == 7)
    #expect(diff.rendered().contains("1 added, 1 removed, 1 changed"))
  }
}

/// The diff of two real versions of the Azure page (read from ../shared).
@Suite struct HistoryDiffTests {
  @Test func azure2022To2024() throws {
    guard
      let dir = TestPaths.shared(
        "corpus/scim-pages/history/configuring-scim-with-azure-ad", for: "history diff")
    else { return }
    let old = try TestPipeline.manifest(dir.appendingPathComponent("2022-03-04_bce1a0853.md").path)
    let new = try TestPipeline.manifest(dir.appendingPathComponent("2024-01-22_46fbc53e9.md").path)
    let diff = ManifestDiff.compare(old, new)
    let groups = try #require(diff.changes.first { $0.key == "/groups/enabled" })
    #expect(groups.kind == "changed")
    #expect(groups.old?.value == .bool(false) && groups.old?.severity == .error)
    #expect(groups.new?.value == .bool(true) && groups.new?.severity == .note)
    let added = Set(diff.changes.filter { $0.kind == "added" }.map(\.key))
    #expect(added.isSuperset(of: ["/users/mappings", "/users/matching", "/users/actions"]))
    #expect(!diff.changes.contains { $0.key == "/tenantUrl" }, "the endpoint did not change")
  }
}
