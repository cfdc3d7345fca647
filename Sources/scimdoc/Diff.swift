import ArgumentParser
import ScimdocKit

extension SCIMDoc {
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "Show requirement-level changes between two versions of a page.",
      discussion: """
        Lines start with + (added), - (removed) or ~ (changed), each followed by the
        old and new places in the pages. With --exit-code a change makes the exit
        code 1, so a CI step fails when a page's requirements moved.

        Example:
          scimdoc diff old/configuring-scim-with-azure-ad.md content/configuring-scim-with-azure-ad.md
        """)

    @Argument(help: "The older page.")
    var old: String

    @Argument(help: "The newer page.")
    var new: String

    @Flag(help: "Print the changes as JSON (schemas/diff.schema.json).")
    var json = false

    @Flag(
      name: .customLong("exit-code"),
      help: "Exit 1 when a requirement changed (as `git diff --exit-code`), 0 when none did.")
    var exitCode = false

    @OptionGroup var options: ManifestOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      try runReportingErrors {
        let pipeline = try options.pipeline(input, from: new)
        let (a, _) = try pipeline.manifest(at: old)
        let (b, _) = try pipeline.manifest(at: new)
        let diff = ManifestDiff.compare(a, b)
        print(json ? try ManifestCoding.encode(diff) : diff.rendered(), terminator: "")
        if exitCode, !diff.changes.isEmpty { throw ExitCode(1) }
      }
    }
  }
}
