import Testing

@testable import ScimdocKit

/// Every example of `Resources/extraction/frames.json`, run through the real
/// pipeline as a numbered step inside a page.
@Suite struct FrameRuleExampleTests {
  static let examples: [(String, FrameRule.Example)] = FrameRule.all.flatMap { rule in
    rule.examples.map { (rule.id, $0) }
  }

  @Test func catalogueLoads() {
    #expect(FrameRule.all.count >= 8)
    #expect(Set(FrameRule.all.map(\.id)).count == FrameRule.all.count)
    #expect(Vocabulary.shared.enterVerbs.contains("enter"))
    for rule in FrameRule.all {
      #expect(
        rule.examples.contains { !($0.yields ?? []).isEmpty || !($0.yieldsFact ?? []).isEmpty })
    }
  }

  @Test(arguments: examples.indices)
  func exampleYieldsWhatItSays(_ index: Int) throws {
    let (id, example) = Self.examples[index]
    let manifest = try TestPipeline.manifest(markdown: FrameRule.page(for: example))
    let yields = FrameRule.yields(of: manifest)
    for wanted in example.yields ?? [] {
      #expect(
        yields.contains(wanted), "\(id): '\(example.step)' should yield '\(wanted)'; got \(yields)")
    }
    for key in example.yieldsNothing ?? [] {
      #expect(manifest.requirements(key).isEmpty, "\(id): '\(example.step)' should yield no \(key)")
    }
    for kind in example.yieldsFact ?? [] {
      #expect(
        manifest.facts.contains { $0.kind == kind }, "\(id): '\(example.step)' should state \(kind)"
      )
    }
  }
}
