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

        Example:
          scimdoc manifest content/configuring-scim-with-azure-ad.md -o azure.json
        """)

    @Argument(help: "The setup page.")
    var page: String

    @Option(name: .shortAndLong, help: "Write the manifest to this file instead of stdout.")
    var output: String?

    @OptionGroup var options: ManifestOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      var failed = false
      try runReportingErrors {
        let (manifest, problems) = try options.pipeline(input).manifest(at: page)
        try emit(try ManifestCoding.encode(manifest), to: output)
        failed = report(problems)
      }
      if failed { throw ExitCode(1) }
    }
  }
}
