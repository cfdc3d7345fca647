import Testing

@testable import ScimdocKit

/// One example of one rule, as a test case.
struct RuleExample: Sendable, CustomTestStringConvertible {
  var rule: ExtractionRule
  var markdown: String
  var expected: [String]

  var testDescription: String { "\(rule.id): \(markdown)" }

  static let all: [RuleExample] = Rules.all.flatMap { rule in
    rule.examples.map { RuleExample(rule: rule, markdown: $0.markdown, expected: $0.expected) }
  }
}

@Suite struct RuleExampleTests {
  /// Every rule's examples: triggering ones yield exactly the expected instructions,
  /// non-triggering ones (expected empty) yield none.
  @Test(arguments: RuleExample.all)
  func ruleExamples(_ example: RuleExample) throws {
    let got = Self.run(example.rule, on: example.markdown)
    #expect(got == example.expected, "\(example.rule.id) on \(example.markdown)")
  }

  /// The same examples still work after a line with multibyte text.
  @Test(arguments: RuleExample.all)
  func ruleExamplesAfterMultibyteLine(_ example: RuleExample) throws {
    let got = Self.run(example.rule, on: "Ünïcödé 🚀 prelude.\n\n" + example.markdown)
    #expect(got == example.expected)
  }

  /// `Rules.instructions(for:)` skips sentences with no bold label and no
  /// link: each rule's example with those removed must yield nothing.
  @Test(arguments: RuleExample.all)
  func ruleExamplesNeedALabelOrLink(_ example: RuleExample) throws {
    let plain = example.markdown.replacingOccurrences(of: "**", with: "")
      .replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "](", with: " (")
    #expect(Self.run(example.rule, on: plain) == [], "\(example.rule.id) on \(plain)")
  }

  @Test func ruleIDsAreUniqueSnakeCase() {
    let ids = Rules.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "_" }, "\(id)") }
  }

  /// Runs `rule` on the last paragraph's first sentence.
  static func run(_ rule: ExtractionRule, on markdown: String) -> [String] {
    let file = SourceFile(path: "example.md", text: markdown)
    let doc = MarkdownParser.parse(file)
    var paragraphs: [MarkupNode] = []
    doc.walk { if $0.kind == .paragraph { paragraphs.append($0) } }
    guard let paragraph = paragraphs.last,
      let sentence = Tokenizer.sentences(of: paragraph, in: file).first
    else { return ["<no sentence>"] }
    return rule.match(sentence).map(\.description)
  }
}

@Suite struct RuleReferenceTests {
  @Test func referenceListsEveryRuleAndExample() {
    let text = Rules.reference()
    for rule in Rules.all {
      #expect(text.contains("## `\(rule.id)`"))
      #expect(
        rule.examples.contains { !$0.expected.isEmpty }, "\(rule.id) needs a triggering example")
      #expect(
        rule.examples.contains { $0.expected.isEmpty }, "\(rule.id) needs a non-triggering example")
    }
  }
}
