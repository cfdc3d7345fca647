import Foundation
import Testing

/// Page text in an HTML checklist is inert: no script, no `javascript:`
/// URL, no event-handler attribute comes from the page.
@Suite("HTML checklist is inert", .serialized)
struct HTMLInertTests {
  static let hostileSteps = """

    ## Hostile steps

    1. Select **<script>alert(1)</script>** and [open](javascript:alert(2)), then enter
       `"><img src=x onerror=alert(3)>` in **Tenant URL**.
    1. Click <a href="javascript:alert(4)" onclick="alert(5)">here</a> and set
       **Name"onmouseover="alert(6)** to **On**.
    1. Choose **<svg/onload=alert(7)>** and ![x](javascript:alert(8) "t' onerror='alert(9)").

    """

  @Test func hostilePageTextRendersInert() throws {
    guard CLIRunner.binary != nil,
      CLIRunner.subcommands(cwd: FileManager.default.temporaryDirectory).contains("checklist")
    else { return }
    let dir = try makeTempDir("html-inert")
    defer { try? FileManager.default.removeItem(at: dir) }
    let content = try ContentTree.write(pages: 1, under: dir)
    let page = ContentTree.page(0)
    try page.write(
      to: content.appendingPathComponent("plain.md"), atomically: true, encoding: .utf8)
    try (page + Self.hostileSteps).write(
      to: content.appendingPathComponent("hostile.md"), atomically: true, encoding: .utf8)
    let plain = try CLIRunner.run(["checklist", "content/plain.md", "--format", "html"], cwd: dir)
    let hostile = try CLIRunner.run(
      ["checklist", "content/hostile.md", "--format", "html"], cwd: dir)
    #expect(plain.status == 0 && hostile.status == 0, "\(hostile.stderr)")
    #expect(hostile.stdout.contains("alert(3)"), "the hostile steps did not reach the checklist")
    let html = hostile.stdout
    #expect(count("<script", in: html) == count("<script", in: plain.stdout))
    #expect(count("<svg", in: html) == 0 && count("<img", in: html) == 0)
    #expect(!html.lowercased().contains("javascript:"), "javascript: URL in the checklist")
    let handler = #"<[^>]*\son[a-z]+\s*="#
    #expect(html.range(of: handler, options: [.regularExpression, .caseInsensitive]) == nil)
  }

  private func count(_ needle: String, in text: String) -> Int {
    text.lowercased().components(separatedBy: needle).count - 1
  }
}
