import Testing

@testable import ScimdocKit

/// Pages with a tab or section per identity provider: each tab is read with
/// its provider's labels and its requirements carry that provider.
@Suite struct ProviderSectionsTests {
  @Test(arguments: [
    ("=== \"Okta\"", "Okta"),
    ("<Tab title=\"Microsoft Entra ID\">", "Microsoft Entra ID"),
    ("<TabItem value=\"okta\" label=\"Okta (OIN)\">", "Okta (OIN)"),
    ("{{< tab \"OneLogin\" >}}", "OneLogin"),
    ("{{% tab name=\"Okta\" %}}", "Okta"),
    ("{% tab title=\"Entra ID\" %}", "Entra ID"),
    ("{tab|entraid}", "entraid"),
  ])
  func tabMarkersGiveTheirTitle(_ line: String, _ title: String) {
    #expect(ProviderSections.title(ofTab: line) == title)
  }

  @Test(arguments: ["Tabs are handy.", "<Table title=\"x\">", "=== Okta", "{{< note >}}"])
  func otherLinesOpenNoTab(_ line: String) {
    #expect(ProviderSections.title(ofTab: line) == nil)
  }

  @Test func tabTitlesNameProvidersWhateverTheirSpelling() {
    let set = TestPipeline.profiles
    let entries = set.profiles.filter { !$0.detect.isEmpty }.map { ($0.detect, $0) }
    #expect(ProviderSections.profile(named: "entraid", among: entries)?.id == "entra")
    #expect(ProviderSections.profile(named: "Azure-AD", among: entries)?.id == "entra")
    #expect(ProviderSections.profile(named: "Okta", among: entries)?.id == "okta")
    #expect(ProviderSections.profile(named: "Other identity providers", among: entries) == nil)
  }

  static let page = """
    ---
    title: Provisioning users into Example with SCIM
    ---

    Example supports SCIM provisioning from several identity providers.

    ## Set up provisioning

    === "Okta"

        1. In the **Provisioning** tab, enter `https://okta.example.net/scim/v2` as the **SCIM connector base URL**.
        1. Enable **Push Groups**.

    === "Microsoft Entra ID"

        1. Set the **Provisioning Mode** to **Automatic**.
        1. Enter `https://entra.example.net/scim/v2` in the **Tenant URL** box.
        1. Set **Provisioning Status** to **On**.

    Every provider needs an API token from the Example admin console.
    """

  @Test func eachTabsRequirementsCarryItsProvider() throws {
    let manifest = try TestPipeline.manifest(markdown: Self.page)
    let byKey = Dictionary(grouping: manifest.requirements, by: \.key)
    #expect(byKey["/provisioningMode"]?.map(\.provider) == ["entra"])
    #expect(byKey["/provisioningStatus"]?.map(\.provider) == ["entra"])
    #expect(byKey["/features/pushGroups"]?.map(\.provider) == ["okta"])
    let urls = (byKey["/tenantUrl"] ?? []).map { ($0.provider ?? "-", $0.value?.display ?? "-") }
    #expect(urls.contains { $0 == ("okta", "https://okta.example.net/scim/v2") })
    #expect(urls.contains { $0 == ("entra", "https://entra.example.net/scim/v2") })
    #expect(manifest.sectionProviders == ["okta", "entra"])
    // Two tabs' endpoints are two providers' settings, not a contradiction.
    #expect(!ManifestValidator.validate(manifest).contains { $0.rule == "contradiction" })
  }

  @Test func oneProvidersManifestLeavesTheOtherTabsOut() throws {
    let manifest = try TestPipeline.manifest(markdown: Self.page)
    let okta = manifest.forProvider("okta")
    #expect(okta.provider == "okta")
    #expect(okta.requirements.allSatisfy { $0.provider == nil || $0.provider == "okta" })
    #expect(okta.requirements.contains { $0.key == "/features/pushGroups" })
    #expect(!okta.requirements.contains { $0.key == "/provisioningMode" })
    let config = ProvisioningConfig(provider: .okta)
    #expect(ManifestSelection.narrowed(manifest, to: config.provider?.rawValue) == okta)
    #expect(ManifestSelection.narrowed(manifest, to: nil) == manifest)
  }
}
