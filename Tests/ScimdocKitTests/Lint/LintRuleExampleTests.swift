import Foundation
import Testing

@testable import ScimdocKit

/// One lint example: a native config, one requirement, and the rule it must
/// trigger (nil: the requirement holds). These are the lint rules' examples.
struct LintExample: CustomTestStringConvertible, Sendable {
  var config: String
  var key: String
  var op: RequirementOp
  var value: ManifestValue?
  var expected: String?
  var testDescription: String { "\(key) \(op.rawValue) → \(expected ?? "passes")" }
}

@Suite struct LintRuleExampleTests {
  static let examples: [LintExample] = [
    LintExample(
      config: #"{"provider":"entra","tenantUrl":"https://scim.example.com/v2"}"#, key: "/tenantUrl",
      op: .equals, value: .string("https://scim.example.com/v2/"), expected: nil),
    LintExample(
      config: #"{"provider":"entra","tenantUrl":"http://scim.example.com/v2/"}"#, key: "/tenantUrl",
      op: .equals, value: .string("https://scim.example.com/v2/"), expected: "requirement-mismatch"),
    LintExample(
      config: #"{"provider":"entra"}"#, key: "/tenantUrl", op: .equals,
      value: .string("https://scim.example.com/v2/"), expected: "requirement-missing"),
    LintExample(
      config: #"{"provider":"entra","secretToken":"*"}"#, key: "/secretToken", op: .present,
      value: nil, expected: nil),
    LintExample(
      config: #"{"provider":"entra","secretToken":""}"#, key: "/secretToken", op: .present,
      value: nil, expected: "requirement-missing"),
    LintExample(
      config: #"{"provider":"entra","syncInterval":"PT2400S"}"#, key: "/syncInterval", op: .equals,
      value: .string("PT40M"), expected: nil),
    LintExample(
      config: #"{"provider":"entra","syncInterval":"PT20M"}"#, key: "/syncInterval", op: .equals,
      value: .string("PT40M"), expected: "requirement-mismatch"),
    LintExample(
      config: #"{"provider":"entra","scope":"all"}"#, key: "/scope", op: .equals,
      value: .string("assigned"), expected: "requirement-mismatch"),
    LintExample(
      config: #"{"provider":"entra","groups":{"enabled":false}}"#, key: "/groups/enabled",
      op: .equals,
      value: .bool(false), expected: nil),
    LintExample(
      config: #"{"provider":"entra","users":{"actions":["create","update"]}}"#,
      key: "/users/actions",
      op: .contains, value: .array([.string("create"), .string("delete")]),
      expected: "requirement-incomplete"),
    LintExample(
      config: #"{"provider":"entra","users":{"actions":["create","update","delete"]}}"#,
      key: "/users/actions", op: .contains, value: .array([.string("Create"), .string("Delete")]),
      expected: nil),
    LintExample(
      config:
        #"{"provider":"entra","users":{"matching":[{"target":"userName","source":"userPrincipalName","precedence":1}]}}"#,
      key: "/users/matching", op: .equals,
      value: .array([.object(["target": .string("userName"), "precedence": .int(1)])]),
      expected: nil),
    LintExample(
      config:
        #"{"provider":"entra","users":{"matching":[{"target":"externalId","source":"mailNickname","precedence":1}]}}"#,
      key: "/users/matching", op: .equals,
      value: .array([.object(["target": .string("userName"), "precedence": .int(1)])]),
      expected: "requirement-mismatch"),
    LintExample(
      config:
        #"{"provider":"entra","users":{"mappings":[{"source":"Switch([IsSoftDeleted], , \"False\", \"True\", \"True\", \"False\")","target":"active","type":"expression"}]}}"#,
      key: "/users/mappings", op: .contains,
      value: .array([
        .object([
          "source": .string("Not([IsSoftDeleted])"), "target": .string("active"),
          "type": .string("expression"),
        ])
      ]), expected: nil),
    LintExample(
      config: #"{"provider":"okta","features":{"pushGroups":true}}"#, key: "/features/pushGroups",
      op: .absent, value: nil, expected: "requirement-unexpected"),
  ]

  static func requirement(_ e: LintExample) -> Requirement {
    Requirement(
      id: "example", key: e.key, op: e.op, value: e.value, severity: .error,
      secret: e.key == "/secretToken",
      source: SourceSpan(path: "page.md", line: 3, column: 1, endLine: 3, endColumn: 20),
      quote: "the sentence", procedure: nil)
  }

  static func manifest(_ requirements: [Requirement]) -> Manifest {
    Manifest(
      source: ManifestSource(
        path: "page.md", pageID: nil, title: "T", updated: nil, contentHash: "x"),
      provider: "entra", product: nil, prerequisites: [], procedures: [],
      requirements: requirements, facts: [], notes: [])
  }

  @Test(arguments: examples)
  func lintExample(_ example: LintExample) throws {
    let loaded = try ConfigLoader.load(file: SourceFile(path: "config.json", text: example.config))
    let report = Linter.lint(loaded, against: [Self.manifest([Self.requirement(example)])])
    #expect(report.findings.map(\.rule) == (example.expected.map { [$0] } ?? []))
    #expect(report.checks.count == 1)
    #expect(report.checks[0].status == (example.expected == nil ? .passed : .failed))
    for finding in report.findings {
      #expect(finding.requiredBy?.location.line == 3)
      #expect(finding.location?.file == "config.json")
    }
  }

  @Test func everyLintRuleIsDocumentedAndUnique() {
    let ids = LintRules.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    let exercised = Set(Self.examples.compactMap(\.expected))
    for rule in [
      "requirement-mismatch", "requirement-missing", "requirement-incomplete",
      "requirement-unexpected",
    ] {
      #expect(exercised.contains(rule))
      #expect(ids.contains(rule))
    }
  }

  @Test func missingValuePointsAtTheParentObject() throws {
    let text = "{\n  \"provider\": \"entra\",\n  \"users\": {\n    \"enabled\": true\n  }\n}\n"
    let loaded = try ConfigLoader.load(file: SourceFile(path: "c.json", text: text))
    let r = Requirement(
      id: "x", key: "/users/actions", op: .contains, value: .array([.string("delete")]),
      severity: .warning, secret: false,
      source: SourceSpan(path: "p.md", line: 1, column: 1, endLine: 1, endColumn: 2), quote: "q",
      procedure: nil)
    let report = Linter.lint(loaded, against: [Self.manifest([r])])
    let finding = try #require(report.findings.first)
    #expect(finding.severity == .warning)
    #expect(finding.location?.line == 3)
    #expect(finding.location?.pointer == "/users")
  }
}
