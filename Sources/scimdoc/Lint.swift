import ArgumentParser
import Foundation
import ScimdocKit

extension SCIMDoc {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check a live provisioning config against the docs.",
      discussion: """
        CONFIG is scimdoc's own config (schemas/config.schema.json) or an export made
        with the identity provider's API, recognised by its shape:
          - Entra ID: one JSON object holding the Microsoft Graph responses verbatim
            under "jobs" (or "job"), "secrets" and "schema";
          - Okta: one JSON object holding the responses of /api/v1/apps/{id} as "app",
            .../connections/default as "connection" and .../features as "features";
          - OneLogin: the response of /api/2/apps/{id} as it is.

        Without --docs or --manifest, the setup pages in ./content are read and the one
        whose provider (and endpoint) matches the config is used.

        Every finding names the config value (line:column and JSON Pointer) and the
        sentence in the docs that requires it. Secret values are never printed.

        Examples:
          scimdoc lint tenant.json
          scimdoc lint tenant.json --docs content/configuring-scim-with-azure-ad.md
          scimdoc lint tenant.json --format sarif > lint.sarif
        """)

    @Argument(help: "The config file (JSON).")
    var config: String

    @Option(help: "A setup page or a folder of pages to take requirements from.")
    var docs: String?

    @Option(help: "A manifest written by `scimdoc manifest` to check against.")
    var manifest: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var files: ReportFileOptions
    @OptionGroup var manifestOptions: ManifestOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      _ = try output.destinations(files.output)  // usage errors before any work
      try runReportingErrors(format: output.format) {
        let live = try LintInput(path: config, loader: input.loader)
        let report = Linter.lint(live.config, against: try chooseManifests(for: live.config))
        try output.emit(
          report, context: output.context(sources: [config: live.file], redactor: live.redactor),
          outputs: files.output)
      }
    }

    func chooseManifests(for loaded: LoadedConfig) throws(InputError) -> [ScimdocKit.Manifest] {
      if let manifest {
        let text = try input.loader.load(manifest).bytes
        guard let decoded = try? ManifestCoding.decode(String(decoding: text, as: UTF8.self)) else {
          throw InputError(
            path: manifest, location: nil,
            message: .custom(
              "not a scimdoc manifest (write one with `scimdoc manifest PAGE -o FILE`)"),
            lineText: nil)
        }
        return [decoded]
      }
      let pipeline = try manifestOptions.pipeline(input, from: docs ?? "content")
      let all = try ManifestSelection.manifests(in: [docs ?? "content"], pipeline: pipeline)
      // An explicit page, or a folder holding one setup page, needs no choosing.
      if docs != nil, all.count == 1 {
        return all.map { ManifestSelection.narrowed($0, to: loaded.config.provider?.rawValue) }
      }
      switch ManifestSelection.choose(all, for: loaded.config) {
      case .one(let manifest): return [manifest]
      case .none(let provider, let candidates):
        throw InputError(
          path: docs ?? "content", location: nil,
          message: .custom(
            "no setup page for provider '\(provider ?? "?")'; pages with requirements: "
              + (candidates.isEmpty ? "none" : candidates.joined(separator: ", "))
              + ". Choose one with --docs PAGE"), lineText: nil)
      case .ambiguous(let provider, let matches):
        throw InputError(
          path: docs ?? "content", location: nil,
          message: .custom(
            "several setup pages match provider '\(provider ?? "?")': "
              + matches.joined(separator: ", ") + ". Choose one with --docs PAGE"), lineText: nil)
      }
    }
  }
}
