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
