import ArgumentParser
import ScimdocKit

extension SCIMDoc {
  struct Checklist: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "checklist",
      abstract: "Render a setup checklist for a page (Markdown, HTML or JSON).",
      discussion: """
        Secrets appear as "your SCIM API key", never as a value.

        Example:
          scimdoc checklist content/configuring-scim-with-azure-ad.md --format html -o setup.html
        """)

    @Argument(help: "The setup page.")
    var page: String

    @Option(help: "Output format: md, html or json.")
    var format: ChecklistFormat = .md

    @Option(
      help:
        "A folder with checklist.md.mustache / checklist.html.mustache overriding the built-in templates."
    )
    var templates: String?

    @Option(
      name: .customLong("config"),
      help:
        "A live config (scimdoc or Graph export): tick what it satisfies, flag what it violates.")
    var liveConfig: String?

    @Option(name: .shortAndLong, help: "Write the checklist to this file instead of stdout.")
    var output: String?

    @OptionGroup var options: ManifestOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      try runReportingErrors {
        let (manifest, _) = try options.pipeline(input, from: page).manifest(at: page)
        // The manifest is masked where it was extracted; the config's
        // findings are scrubbed before they become checklist text, so the
        // rendered checklist is written as it is (no byte-level redaction).
        var checklist = ChecklistBuilder.build(manifest)
        if let liveConfig {
          let live = try LintInput(path: liveConfig, loader: input.loader)
          let report = Linter.lint(live.config, against: [manifest]).scrubbed(by: live.redactor)
          checklist = ChecklistTicks.apply(report, to: checklist)
        }
        let text = try ChecklistRenderer.render(
          checklist, format: format.kit, templatesDirectory: templates)
        try emit(text, to: output)
      }
    }
  }
}

enum ChecklistFormat: String, ExpressibleByArgument, CaseIterable {
  case md, html, json

  var kit: ChecklistRenderer.Format { ChecklistRenderer.Format(rawValue: rawValue) ?? .md }
}
