import Foundation
import Testing

@testable import ScimdocKit

/// SARIF with `fixes` validates against the OASIS SARIF 2.1.0 schema
/// (`../shared/reference/sarif-schema-2.1.0.json`, with Python's
/// `jsonschema`; skipped with a message when either is missing).
@Suite struct SARIFFixesSchemaTests {
  @Test func sarifWithFixesIsValid() throws {
    guard let schema = TestPaths.shared("reference/sarif-schema-2.1.0.json", for: "SARIF fixes")
    else { return }
    guard TestPaths.hasPythonModule("jsonschema") else {
      print("SKIPPED SARIF fixes schema test: python3 has no jsonschema module")
      return
    }
    let pages = DocRules.all.flatMap { $0.fix?.examples.map(\.before) ?? [] }
    var findings: [Diagnostic] = []
    for (i, page) in pages.enumerated() {
      findings += PageAnalyzer.analyze(SourceFile(path: "content/p\(i).md", text: page)).findings
    }
    let fixable = findings.filter { !$0.edits.isEmpty }
    #expect(fixable.count >= pages.count)
    let sarif = ReportFormat.sarif.render(
      Report(findings: findings, rules: DocRules.all.map(\.description)), context: ReportContext())
    #expect(sarif.components(separatedBy: "\"deletedRegion\"").count - 1 >= fixable.count)
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.load(sys.stdin)))
      print(len(errors)); [print(e.message) for e in errors[:5]]
      """
    let result = TestPaths.run(["python3", "-c", script, schema.path], stdin: Data(sarif.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("0\n"), "\(result.stdout)")
  }
}
