import Testing

@testable import ScimdocKit

/// GitHub-style heading anchors.
@Suite struct AnchorsTests {
  @Test(arguments: [
    ("Enabling SCIM in Azure AD", "enabling-scim-in-azure-ad"),
    ("What's new? (2024)", "whats-new-2024"),
    ("Step 1: Configure the app", "step-1-configure-the-app"),
    ("snake_case and kebab-case", "snake_case-and-kebab-case"),
    ("Café déjà vu", "café-déjà-vu"),
    ("  Leading spaces", "--leading-spaces"),
    ("A & B", "a--b"),
  ])
  func slugs(_ text: String, _ anchor: String) {
    #expect(Anchors.slug(text) == anchor)
  }

  @Test func headingsUsePlainTextAndNumberDuplicates() {
    let page = """
      # Setup
      ## Use `SCIM` with *Entra ID*
      ## Setup
      Setup
      -----
      <!-- ## Hidden heading -->
      #E# not a heading
      ## Setup-1
      """
    let (doc, file) = MD.parse(page)
    let headings = Anchors.headings(in: doc, file: file)
    #expect(
      headings.map(\.text) == ["Setup", "Use SCIM with Entra ID", "Setup", "Setup", "Setup-1"])
    #expect(
      headings.map(\.anchor) == [
        "setup", "use-scim-with-entra-id", "setup-1", "setup-2", "setup-1-1",
      ])
    #expect(headings.map(\.level) == [1, 2, 2, 2, 2])
    #expect(file.range(headings[1].byteRange).description == "2:1-2:29")
  }
}
