import ArgumentParser
import ScimdocKit

extension SCIMDoc {
  struct Manifest: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "manifest",
      abstract: "Extract a page's requirements as a JSON manifest.",
      discussion: """
        Problems in the page (an http endpoint, contradicting steps) go to stderr
        and make the exit code 1; the manifest is still written.

        A page with a tab or section per identity provider (MkDocs `=== "Okta"`,
        MDX `<Tab title="Okta">`, Hugo and GitBook tab shortcodes, headings that
        name one provider) marks each requirement with its provider; --provider
        keeps one provider's and those every provider shares.

        Examples:
          scimdoc manifest content/configuring-scim-with-azure-ad.md -o azure.json
          scimdoc manifest docs/scim.md --provider okta
        """)

    @Argument(help: "The setup page.")
    var page: String

    @Option(name: .shortAndLong, help: "Write the manifest to this file instead of stdout.")
    var output: String?

    @Option(
      help: ArgumentHelp(
        "Keep only this provider's requirements on a page with a tab or section per provider.",
        valueName: "id"))
    var provider: String?

    @OptionGroup var options: ManifestOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      var failed = false
      try runReportingErrors {
        let pipeline = try options.pipeline(input, from: page)
        var (manifest, problems) = try pipeline.manifest(at: page)
        if let provider {
          let known = pipeline.profiles.profiles.map(\.id)
          guard known.contains(provider) else {
            let hint =
              Suggestion.closest(to: provider, in: known, maxDistance: 3)
              .map { "; did you mean '\($0)'?" } ?? "; known: " + known.joined(separator: ", ")
            throw ValidationError("unknown provider '\(provider)'" + hint)
          }
          manifest = manifest.forProvider(provider)
          problems = ManifestValidator.validate(manifest)
        }
        try emit(try ManifestCoding.encode(manifest), to: output)
        failed = report(problems)
      }
      if failed { throw ExitCode(1) }
    }
  }
}
