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

        --fix applies the edits that are certain and reports what remains: it pads
        `updated` dates (updated-unpadded), straightens curly quotes in titles
        (title-smart-quotes), adds missing headings to the Contents list
        (contents-missing-heading) and, when exactly one heading matches best,
        repairs #anchor links (contents-link-broken, anchor-broken). Pages are
        written atomically and only when they change; a page whose front matter
        cannot be read, or that is not UTF-8, is never touched. SARIF shows the
        same edits as `fixes`, JSON as `edits`.

        Examples:
          scimdoc check
          scimdoc check --fix
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

    @Flag(help: "Apply the certain fixes to the pages, then report what remains.")
    var fix = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var files: ReportFileOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      _ = try output.destinations(files.output)  // usage errors before any work
      let readsStdin = paths.contains(StdinPage.unnamed)
      guard !readsStdin || paths.count == 1 else {
        throw ValidationError("- (read a page from stdin) must be the only path")
      }
      guard !(readsStdin && fix) else {
        throw ValidationError("--fix writes pages in place: it cannot fix a page read from stdin")
      }
      guard readsStdin || stdinFilename == nil else {
        throw ValidationError("--stdin-filename names the page read from stdin: give - as the path")
      }
      try runReportingErrors(format: output.format) {
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
        let checkOnce = { () throws(InputError) in
          try DocsCheck.report(paths: targets, options: options) { () throws(InputError) in
            try ProfileSet.load(overrides: profilesFolder)
          }
        }
        let report =
          fix
          ? try fixing(options: options, output: output, check: checkOnce) : try checkOnce()
        try output.emit(
          report, context: output.context(threads: options.threads), outputs: files.output)
      }
    }
  }
}

/// Runs `check` with `--fix`: fixes, logs what was left alone (stderr), and
/// returns the report of what remains.
func fixing(
  options: CheckOptions, output: OutputOptions, check: () throws(InputError) -> Report
) throws(InputError) -> Report {
  let outcome = try Fixer.run(options: options, check: check)
  if !output.quiet {
    for (path, reason) in outcome.refused { log("scimdoc: --fix left \(path) alone: \(reason)") }
    if output.format != .text, outcome.report.fixedCount > 0 {
      let (n, files) = (outcome.report.fixedCount, outcome.filesChanged.count)
      log(
        "scimdoc: fixed \(n) finding\(n == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")")
    }
  }
  return outcome.report
}
