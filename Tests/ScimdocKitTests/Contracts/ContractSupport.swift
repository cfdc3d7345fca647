import Foundation
import Testing

/// Runs the built binary for the contract tests and writes their own pages.
enum Contract {
  static let root = TestPaths.packageRoot

  /// The stdout of `scimdoc args` run in `cwd`, expecting an exit status in `statuses`.
  static func output(
    _ args: [String], cwd: URL = root, statuses: Set<Int32> = [0, 1]
  ) throws -> String {
    let result = try CLIRunner.run(args, cwd: cwd, timeout: 300)
    #expect(
      statuses.contains(result.status), "scimdoc \(args.joined(separator: " ")): \(result.stderr)")
    return result.stdout
  }

  /// A page of this project's own words with a contradiction (two base URLs)
  /// and a suppressed `insecure-endpoint`; `above` is put before the steps.
  static func contradictionPage(above: String = "") -> String {
    """
    ---
    title: "Acme with Okta"
    ---

    Acme supports provisioning with Okta.
    \(above)
    ## Configure

    1. Set **SCIM connector base URL** to `https://scim.acme.example/v2`.
    1. Set **SCIM connector base URL** to `https://scim.acme.example/v3`.

    <!-- scimdoc-disable-next-line insecure-endpoint reason="a local test server" -->
    1. Set **SCIM connector base URL** to `http://localhost:8080/scim`.

    """
  }

  /// A temporary folder holding `content/acme.md` (``contradictionPage(above:)``).
  static func contradictionSite(above: String = "") throws -> URL {
    let dir = try makeTempDir("contract")
    let content = dir.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try contradictionPage(above: above).write(
      to: content.appendingPathComponent("acme.md"), atomically: true, encoding: .utf8)
    return dir
  }

  /// The JSON object in `text`.
  static func object(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// `object` as JSON text.
  static func text(_ object: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
  }
}
