import ArgumentParser
import Foundation
import ScimdocKit

extension SCIMDoc {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check documentation pages and folders (no config needed).",
      discussion: """
        Checks front matter against the site's schema, the Contents list against the
        headings, in-page and cross-page links with their anchors, page ids, and what
        extraction finds (contradictions, http endpoints, unmapped settings).

        Pages named one by one (pre-commit, an editor, git diff --name-only) are
        checked as part of their site (./content, or content: in .scimdoc.yml): links
        to the site's other pages resolve, and the findings are exactly those a
        whole-site check gives for the named pages.

        Settings come from .scimdoc.yml, found by walking up from the content root.
        Silence one finding with a comment on the line before it:
          <!-- scimdoc-disable-next-line RULE reason="why" -->
        or a whole page: <!-- scimdoc-disable-file RULE reason="why" -->

        Examples:
          scimdoc check
          scimdoc check content/setting-up-scim-with-okta.md --format json
          scimdoc check 'content/**/*.md'
          scimdoc check - --stdin-filename content/new-page.md < draft.md
          scimdoc check docs --url-prefix /docs/ --format sarif > scimdoc.sarif
        """)

    @Argument(
      help: """
        Pages, folders or quoted globs ('content/**/*.md') to check, or - to read one \
        page from stdin (default: ./content).
        """)
    var paths: [String] = []

    @Option(
      name: .customLong("stdin-filename"),
      help: "The path of the page read from stdin: its site, and the path findings carry.")
    var stdinFilename: String?

    @Option(
      name: .customLong("url-prefix"),
      help: "Site links starting with this map to pages (default /docs/).")
    var urlPrefix: String?

    @Option(help: "Threads for per-page work (default: all cores).")
    var threads: Int?

    @OptionGroup var output: OutputOptions
    @OptionGroup var files: ReportFileOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      _ = try output.destinations(files.output)  // usage errors before any work
      let readsStdin = paths.contains(StdinPage.unnamed)
      guard !readsStdin || paths.count == 1 else {
        throw ValidationError("- (read a page from stdin) must be the only path")
      }
      guard readsStdin || stdinFilename == nil else {
        throw ValidationError("--stdin-filename names the page read from stdin: give - as the path")
      }
      try runReportingErrors {
        var options = try input.checkOptions(
          paths: readsStdin ? stdinFilename.map { [$0] } ?? [] : paths, urlPrefix: urlPrefix,
          loadingProfiles: false)
        if let threads { options.threads = max(1, threads) }
        if readsStdin {
          options.stdinPage = try StdinPage.read(named: stdinFilename, loader: input.loader)
        }
        let targets = readsStdin ? paths : try input.targets(paths, options: options)
        // The profiles are read while the content tree is walked.
        let profilesFolder = options.project.profilesFolder
        let report = try DocsCheck.report(paths: targets, options: options) {
          () throws(InputError) in try ProfileSet.load(overrides: profilesFolder)
        }
        try output.emit(
          report, context: output.context(threads: options.threads), outputs: files.output)
      }
    }
  }
}
