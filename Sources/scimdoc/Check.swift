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
          scimdoc check docs --url-prefix /docs/ --format sarif > scimdoc.sarif
        """)

    @Argument(help: "Pages or folders to check (default: ./content).")
    var paths: [String] = []

    @Option(
      name: .customLong("url-prefix"),
      help: "Site links starting with this map to pages (default /docs/).")
    var urlPrefix: String?

    @Option(help: "Threads for per-page work (default: all cores).")
    var threads: Int?

    @Flag(help: "Apply the certain fixes to the pages, then report what remains.")
    var fix = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      try runReportingErrors(format: output.format) {
        var options = try input.checkOptions(
          paths: paths, urlPrefix: urlPrefix, loadingProfiles: false)
        if let threads { options.threads = max(1, threads) }
        let targets = input.targets(paths, options: options)
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
        try output.emit(report, context: output.context(threads: options.threads))
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
