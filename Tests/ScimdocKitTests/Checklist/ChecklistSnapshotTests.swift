import Foundation
import Testing

@testable import ScimdocKit

/// Golden files for the sample page's checklist; `RECORD_SNAPSHOTS=1` re-records them.
@Suite struct ChecklistSnapshotTests {
  static let snapshots = TestPaths.packageRoot.appendingPathComponent(
    "Tests/ScimdocKitTests/Checklist/Snapshots")

  /// The sample page's checklist, with its path made relative so output is stable.
  static func checklist() throws -> Checklist {
    let file = try SourceLoader().load(TestPaths.samplePage)
    let relative = SourceFile(
      path: "content/configuring-scim-with-azure-ad.md", text: file.text(0..<file.bytes.count))
    let page = try PageParser.parse(relative)
    return ChecklistBuilder.build(Extractor(profiles: TestPipeline.profiles).manifest(for: page))
  }

  @Test(arguments: ChecklistRenderer.Format.allCases)
  func sampleChecklist(_ format: ChecklistRenderer.Format) throws {
    let text = try ChecklistRenderer.render(try Self.checklist(), format: format)
    try assertSnapshot(text, named: "sample-checklist.\(format.rawValue)")
  }

  @Test func htmlEscapesPageText() throws {
    let manifest = try TestPipeline.manifest(
      markdown:
        "---\ntitle: \"<script>alert(1)</script>\"\n---\n\n## A & B\n\n1. Select **<b>Save</b>**.\n"
    )
    let html = try ChecklistRenderer.render(ChecklistBuilder.build(manifest), format: .html)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.contains("http://") && !html.contains("https://"), "no external assets")
  }

  /// Issue 15: `checklist.md` inserted page text unescaped.
  @Test func markdownKeepsPageTextInert() throws {
    let manifest = try TestPipeline.manifest(
      markdown: """
        ---
        title: "Okta <b>now</b>"
        ---

        ## Configure

        1. In the **Tenant URL** field, enter `https://<your-subdomain>.acme.example/scim/v2`.
        2. Paste `<img src=x onerror=alert(1)>` and see \\[docs\\](javascript:alert(1)).

        """)
    let md = try ChecklistRenderer.render(ChecklistBuilder.build(manifest), format: .md)
    #expect(!md.contains("<img") && !md.contains("<b>"))
    #expect(md.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(md.contains("https://&lt;your-subdomain&gt;.acme.example/scim/v2"))
    #expect(md.contains("\\[docs\\](javascript:alert(1))"))
  }

  /// Issue 15: "Bearer token" (the generic profile's own label) came out as
  /// `Bearer [REDACTED]` in `checklist`.
  @Test func ordinaryBearerWordsStayInEveryFormat() throws {
    let manifest = try TestPipeline.manifest(
      markdown: """
        ---
        title: "Setting up SCIM for Acme"
        ---

        ## Configure

        1. Set **Authentication** to **Bearer token**.
        2. Use Bearer authentication for every call.

        """)
    for format in ChecklistRenderer.Format.allCases {
      let text = try ChecklistRenderer.render(ChecklistBuilder.build(manifest), format: format)
      #expect(text.contains("Bearer token") && text.contains("Bearer authentication"))
      #expect(!text.contains("REDACTED") && !text.contains("(secret)"))
    }
  }

  @Test func secretsReadAsPlaceholder() throws {
    let md = try ChecklistRenderer.render(try Self.checklist(), format: .md)
    #expect(md.contains("Secret Token: your SCIM API key"))
  }

  @Test func templatesCanBeOverridden() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tpl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try "{{#groups}}{{title}};{{/groups}}".write(
      toFile: dir.appendingPathComponent("checklist.md.mustache").path, atomically: true,
      encoding: .utf8)
    let out = try ChecklistRenderer.render(
      try Self.checklist(), format: .md, templatesDirectory: dir.path)
    #expect(out == "Enabling SCIM in Azure AD;Configuring the Azure AD SCIM integration;")
  }

  /// Compares `text` with the golden file `name`, recording it when missing or asked to.
  func assertSnapshot(_ text: String, named name: String) throws {
    let url = Self.snapshots.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    if record || !FileManager.default.fileExists(atPath: url.path) {
      try text.write(to: url, atomically: true, encoding: .utf8)
      print("recorded snapshot \(name)")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(text == expected, "snapshot \(name) differs; re-record with RECORD_SNAPSHOTS=1")
  }
}
