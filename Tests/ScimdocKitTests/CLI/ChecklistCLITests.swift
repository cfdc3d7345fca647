import Foundation
import Testing

/// `scimdoc checklist` as a user runs it.
@Suite("checklist (CLI)")
struct ChecklistCLITests {
  /// Issue 15: the command redacted its rendered output, so "Bearer token"
  /// (the generic profile's own label) came out as `Bearer [REDACTED]`.
  @Test func ordinaryBearerWordsAreNotRedacted() throws {
    guard CLIRunner.binary != nil else { return }
    let dir = try makeTempDir("checklist")
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = """
      ---
      title: "Setting up SCIM for Acme"
      ---

      Acme supports SCIM provisioning.

      ## Configure

      1. Set **Authentication** to **Bearer token**.
      2. Use Bearer authentication for every call.
      3. In the **Authorization Header** field, enter `Bearer 9f8e7d6c5b4a39281706`.

      """
    try page.write(to: dir.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
    for format in ["md", "html", "json"] {
      let result = try CLIRunner.run(
        ["checklist", "page.md", "--format", format], cwd: dir, timeout: 60)
      #expect(result.status == 0, "\(format): exit \(result.status) \(result.stderr)")
      #expect(result.stdout.contains("Bearer token"), "\(format)")
      #expect(result.stdout.contains("Bearer authentication"), "\(format)")
      #expect(!result.stdout.contains("REDACTED"), "\(format)")
      #expect(!result.stdout.contains("9f8e7d6c5b4a39281706"), "\(format)")
    }
  }
}
