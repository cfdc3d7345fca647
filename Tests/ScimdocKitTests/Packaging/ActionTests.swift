import Foundation
import Testing

/// `action.yml` (a composite GitHub Action) linted with actionlint through an
/// example workflow that uses it, and its run script executed locally on the
/// bundled `content/` (issue 14). Skipped loudly without actionlint (`.ci/run`
/// installs it from PyPI) or bash.
@Suite("GitHub Action")
struct ActionTests {
  static let root = TestPaths.packageRoot

  /// Every `inputs.NAME` the action's steps read is declared under `inputs:`
  /// (actionlint checks the callers' inputs, not the action's own steps).
  @Test func theStepsReadOnlyDeclaredInputs() throws {
    let text = try String(
      contentsOf: Self.root.appendingPathComponent("action.yml"), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex(of: "inputs:"))
    let end = try #require(lines.firstIndex(of: "outputs:"))
    let declared = Set(
      lines[start..<end].compactMap { line -> String? in
        guard line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") else { return nil }
        return String(line.dropFirst(2).dropLast())
      })
    #expect(declared.isSuperset(of: ["paths", "format", "fail-level", "sarif", "scimdoc"]))
    let used = try NSRegularExpression(pattern: #"inputs\.([A-Za-z0-9_-]+)"#)
    let range = NSRange(text.startIndex..., in: text)
    let names = used.matches(in: text, range: range).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
    #expect(
      names.count >= 10 && Set(names).isSubset(of: declared), "\(Set(names).subtracting(declared))")
  }

  @Test func actionlintPassesTheExampleWorkflow() throws {
    guard let actionlint = ExternalTool.find("actionlint"), ExternalTool.find("git") != nil else {
      print("⚠️  SKIPPED: actionlint or git is not installed; action.yml was not linted")
      return
    }
    // A repository holding the action, and the example workflow using it as `./`.
    let dir = try makeTempDir("actionlint")
    defer { try? FileManager.default.removeItem(at: dir) }
    let workflows = dir.appendingPathComponent(".github/workflows")
    try FileManager.default.createDirectory(at: workflows, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.root.appendingPathComponent("action.yml"),
      to: dir.appendingPathComponent("action.yml"))
    let example = try String(
      contentsOf: Self.root.appendingPathComponent("examples/github/scimdoc.yml"), encoding: .utf8)
    #expect(example.contains("uses: scimdoc/scimdoc@main"))
    let local = example.replacingOccurrences(of: "uses: scimdoc/scimdoc@main", with: "uses: ./")
    try local.write(
      to: workflows.appendingPathComponent("scimdoc.yml"), atomically: true, encoding: .utf8)
    _ = try ExternalTool.run(["git", "init", "-q"], cwd: dir)
    // Without shellcheck, actionlint's shell checks are left out, as it says.
    var args = [actionlint, "-no-color"]
    if ExternalTool.find("shellcheck") == nil {
      print("⚠️  note: shellcheck is not installed; actionlint ran without its shell checks")
      args.append("-shellcheck=")
    }
    let clean = try ExternalTool.run(args + [".github/workflows/scimdoc.yml"], cwd: dir)
    #expect(clean.status == 0, "\(clean.output)")
    // The lint reads action.yml: an input it does not declare is an error.
    try local.replacingOccurrences(of: "fail-level: error", with: "fail-levle: error").write(
      to: workflows.appendingPathComponent("scimdoc.yml"), atomically: true, encoding: .utf8)
    let typo = try ExternalTool.run(args + [".github/workflows/scimdoc.yml"], cwd: dir)
    #expect(
      typo.status == 1 && typo.output.contains("\"fail-levle\" is not defined"), "\(typo.output)")
  }

  /// A setup page with one setting the Okta profile knows and three no profile knows.
  static let draft = """
    ---
    title: Extra Okta options for Ledgerline (draft)
    updated: 2026-12-01
    ---

    Ledgerline supports SCIM provisioning from Okta. These options are new.

    1. In Okta, open the Ledgerline app and select **Provisioning**.
    1. Enable **Push New Users**.
    1. Set **Frobnicate Mode** to **On**.
    1. Set **Quiet Hours** to **Off**.
    1. Set **Ledger Sync Depth** to **Full**.

    """

  @Test func theRunScriptAnnotatesAndWritesSarif() throws {
    guard let binary = CLIRunner.binary else { return }
    guard ExternalTool.find("bash") != nil else {
      print("⚠️  SKIPPED: bash is not installed; scripts/action-run.sh did not run")
      return
    }
    let dir = try makeTempDir("action-run")
    defer { try? FileManager.default.removeItem(at: dir) }
    // The bundled pages (every setting on them understood) and a draft that
    // names three settings no profile knows: three notes to annotate.
    let content = dir.appendingPathComponent("content")
    try FileManager.default.copyItem(at: Self.root.appendingPathComponent("content"), to: content)
    try Self.draft.write(
      to: content.appendingPathComponent("draft-okta-extras.md"), atomically: true,
      encoding: .utf8)
    let sarif = dir.appendingPathComponent("scimdoc.sarif")
    let outputs = dir.appendingPathComponent("github-output")
    let script = Self.root.appendingPathComponent("scripts/action-run.sh").path
    let env = [
      "SCIMDOC": binary.path, "INPUT_PATHS": "content", "INPUT_SARIF": sarif.path,
      "GITHUB_OUTPUT": outputs.path,
    ]
    let run = try ExternalTool.run(["bash", script], cwd: dir, environment: env)
    #expect(run.status == 0, "\(run.output)")
    let notices = run.output.split(separator: "\n").filter {
      $0.hasPrefix("::notice file=content/")
    }
    #expect(notices.count == 3, "\(run.output)")
    #expect(notices.allSatisfy { $0.contains("draft-okta-extras.md") }, "\(run.output)")
    #expect(run.output.contains("::notice title=scimdoc::0 errors"))
    let log = try String(contentsOf: outputs, encoding: .utf8)
    #expect(log.contains("exit-code=0") && log.contains("sarif=\(sarif.path)"))
    let data = try Data(contentsOf: sarif)
    let document = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let runs = try #require(document["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    #expect(document["version"] as? String == "2.1.0" && results.count == notices.count)
    if let shared = TestPaths.shared, TestPaths.hasPythonModule("jsonschema") {
      let schema = shared.appendingPathComponent("reference/sarif-schema-2.1.0.json").path
      let check = TestPaths.run(
        [
          "python3", "-c",
          "import json,sys,jsonschema;jsonschema.validate(json.load(sys.stdin),"
            + "json.load(open(sys.argv[1])));print('ok')", schema,
        ], stdin: data)
      #expect(check.status == 0, "\(check.stderr)")
    } else {
      print(
        "⚠️  SKIPPED: ../shared or python3 jsonschema is absent; the SARIF schema check did not run")
    }
    // A broken page fails the step with an error annotation and its result.
    let site = dir.appendingPathComponent("site/content")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    try "---\ntitle: \"A\"\n---\n\nSee [x](#nowhere).\n".write(
      to: site.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
    let broken = try ExternalTool.run(
      ["bash", script], cwd: dir.appendingPathComponent("site"),
      environment: [
        "SCIMDOC": binary.path, "INPUT_SARIF": "out.sarif", "INPUT_PATHS": "content/*.md",
      ])
    #expect(broken.status == 1 && broken.output.contains("::error file=content/a.md,line=5"))
    let text = try String(contentsOf: dir.appendingPathComponent("site/out.sarif"), encoding: .utf8)
    #expect(text.contains("\"ruleId\" : \"anchor-broken\""))
  }
}
