import Foundation
import Testing

@testable import ScimdocKit

@Suite struct ProviderProfileTests {
  @Test(arguments: [
    ("Configure SCIM with Microsoft Entra ID", "entra"),
    ("Configuring SCIM with Azure AD", "entra"),
    ("Configure SCIM with Okta", "okta"),
    ("Configure SCIM with OneLogin", "onelogin"),
    ("Provisioning with a homegrown directory", "generic"),
  ])
  func detectsFromTitle(_ title: String, _ provider: String) {
    #expect(TestPipeline.profiles.detect(title: title, pageID: nil, body: "").id == provider)
  }

  @Test func bodyDecidesWithoutATitle() {
    let body = "Open the Okta admin console. In Okta, select the app."
    #expect(TestPipeline.profiles.detect(title: nil, pageID: nil, body: body).id == "okta")
  }

  @Test func aPageAboutSeveralProvidersIsGeneric() {
    let body = "Connect Okta, OneLogin or Azure AD. Okta users read this. Okta again."
    #expect(
      TestPipeline.profiles.detect(title: "Provisioning overview", pageID: nil, body: body).id
        == "generic")
  }

  @Test func builtInProfilesAreWellFormed() {
    let ids = TestPipeline.profiles.profiles.map(\.id).sorted()
    #expect(ids == ["entra", "generic", "google", "jumpcloud", "okta", "onelogin", "pingone"])
    for profile in TestPipeline.profiles.profiles {
      for setting in profile.settings {
        #expect(setting.key.hasPrefix("/"), "\(profile.id) \(setting.key)")
        #expect(
          [
            "url", "secret", "enum", "bool", "list", "string", "duration", "trigger", "field",
            "attribute",
          ]
          .contains(setting.type))
        if setting.type == "enum" || setting.type == "list" { #expect(setting.values != nil) }
        // A button or checkbox names what selecting it sets.
        // A text box whose use implies a value names that value too.
        if setting.type == "trigger" || setting.type == "field" {
          #expect(setting.sets != nil, "\(profile.id) \(setting.key)")
        }
      }
    }
  }

  /// A docs team extends a profile with its own folder; the setting stops being a note.
  @Test func overridesAddSettings() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prof-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var entra = try #require(TestPipeline.profiles.profiles.first { $0.id == "entra" })
    entra.settings.append(
      ProviderProfile.Setting(
        labels: ["Region"], key: "/features/region", type: "string", values: nil))
    try JSONEncoder().encode(entra).write(to: dir.appendingPathComponent("entra.json"))
    let profiles = try ProfileSet.load(overrides: dir.path)
    let manifest = try ManifestPipeline(profiles: profiles)
      .manifest(at: TestPaths.fixture("Extract", "acme-tricky.md")).0
    #expect(manifest.requirements("/features/region").first?.value == .string("eu-2"))
    #expect(!manifest.notes.contains { $0.message.contains("'Region'") })
  }

  /// A broken override profile is a tool error at the place it goes wrong:
  /// bad JSON where the reader stopped, the wrong shape at the value (by its
  /// JSON Pointer).
  @Test(arguments: [
    ("{\n  \"id\": \"x\",\n  \"name\": 5\n}\n", 3, 11, "expected a string at '/name'"),
    ("{\n  \"id\": \"x\"\n}\n", 1, 1, "missing key 'name' at '/'"),
    ("{\n  \"id\": \"x\",\n", 3, 1, "unexpected end of input"),
  ])
  func brokenOverridesArePositioned(text: String, line: Int, column: Int, message: String) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prof-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(text.utf8).write(to: dir.appendingPathComponent("x.json"))
    let error = #expect(throws: InputError.self) { try ProfileSet.load(overrides: dir.path) }
    #expect(error?.location?.line == line)
    #expect(error?.location?.column == column)
    #expect(error?.message.text.contains(message) == true, "\(String(describing: error))")
  }

  @Test func procedureIDsSurviveProviderRenaming() {
    let entra = TestPipeline.profiles.profiles.first { $0.id == "entra" }
    guard let entra else { return }
    #expect(Slug.neutral("Enabling SCIM in Azure AD", profile: entra) == "enabling-scim-in")
    #expect(
      Slug.neutral("Enabling SCIM in Microsoft Entra ID", profile: entra) == "enabling-scim-in")
  }
}

/// `profiles:` in `.scimdoc.yml`, as `ProjectConfig` (the one reader of the
/// file, for every command) reads it.
@Suite struct ProjectSettingsTests {
  @Test func readsTheProfilesFolderRelativeToTheFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("pages"), withIntermediateDirectories: true)
    #expect(try ProjectConfig.discover(from: dir.path, loader: SourceLoader()).path == nil)
    try "profiles: team/profiles\n".write(
      to: dir.appendingPathComponent(".scimdoc.yml"), atomically: true, encoding: .utf8)
    // Found from a page below the file, wherever the command runs.
    let page = dir.appendingPathComponent("pages/a.md").path
    let settings = try ProjectConfig.discover(from: page, loader: SourceLoader())
    let resolved = URL(fileURLWithPath: settings.profilesFolder ?? "").standardizedFileURL.path
    #expect(resolved == dir.appendingPathComponent("team/profiles").standardizedFileURL.path)
  }

  @Test func aMappingIsNotAPath() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "cfg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "profiles:\n  a: b\n".write(
      to: dir.appendingPathComponent(".scimdoc.yml"), atomically: true, encoding: .utf8)
    #expect(throws: InputError.self) {
      try ProjectConfig.discover(from: dir.path, loader: SourceLoader())
    }
  }
}
