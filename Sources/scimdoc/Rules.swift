import ArgumentParser
import ScimdocKit

extension SCIMDoc {
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rules",
      abstract: "Print the rule reference (Markdown), generated from the rule catalogues.",
      discussion: "The repository's docs/rules.md is this output: scimdoc rules > docs/rules.md")

    func run() {
      print(RuleReferenceDocument.render(), terminator: "")
    }
  }
}
