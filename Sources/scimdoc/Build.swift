import ArgumentParser
import Foundation
import ScimdocKit

extension SCIMDoc {
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "build",
      abstract: "Check a content tree and publish manifests and checklists for its setup pages.",
      discussion: """
        Runs `check`, then writes for every setup page its manifest (JSON) and its
        checklist (Markdown, HTML, JSON) under --out, plus an index.json of pages,
        requirements and findings. Every file is written atomically and only inside
        --out; a second run on the same input produces byte-identical output.
        Unchanged pages come from a content-hash cache (.scimdoc-cache); when no
        page, setting or published file changed since the last build, the build
        checks that and repeats its report without redoing the work.

        Examples:
          scimdoc build
          scimdoc build content --out public/scimdoc
          scimdoc check --format json > baseline.json    # once, when adopting
          scimdoc build --baseline baseline.json          # only new findings fail
        """)

    @Argument(help: "The content folder (default: ./content).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output folder.")
    var out = "public/scimdoc"

    @Flag(name: .customLong("no-cache"), help: "Reprocess every page, ignoring the cache.")
    var noCache = false

    @Option(name: .customLong("cache-dir"), help: "Cache folder.")
    var cacheDir = ".scimdoc-cache"

    @Option(help: "A JSON report of known findings to leave out (fingerprints, not lines).")
    var baseline: String?

    @Option(help: "Folder of Mustache templates overriding the bundled ones.")
    var templates: String?

    @Option(
      name: .customLong("url-prefix"),
      help: "Site links starting with this map to pages (default /docs/).")
    var urlPrefix: String?

    @Option(help: "Threads for per-page work (default: all cores).")
    var threads: Int?

    @Flag(help: "Apply the certain fixes to the pages first (as check --fix does).")
    var fix = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var files: BuildReportFileOptions
    @OptionGroup var input: InputOptions

    func run() throws {
      _ = try output.destinations(files.output)  // usage errors before any work
      try runReportingErrors(format: output.format) {
        let start = Date()
        var options = BuildOptions()
        options.check = try input.checkOptions(
          paths: paths, urlPrefix: urlPrefix, loadingProfiles: false)
        if let threads { options.check.threads = max(1, threads) }
        options.outDir = out
        options.cacheDir = noCache ? nil : cacheDir
        options.baseline = baseline
        options.templates = templates
        options.progress = output.quiet ? nil : ProgressLine.make()
        let targets = try input.targets(paths, options: options.check)
        var fixed = 0
        if fix {
          let check = options.check
          fixed = try fixing(options: check, output: output) { () throws(InputError) in
            try DocsCheck.report(paths: targets, options: check)
          }.fixedCount
        }
        // An up-to-date site needs no profiles: they are loaded only for a full build.
        let profilesFolder = options.check.project.profilesFolder
        var result = try SiteBuilder.build(paths: targets, options: options) {
          () throws(InputError) in try ProfileSet.load(overrides: profilesFolder)
        }
        ProgressLine.finish()
        let seconds = Date().timeIntervalSince(start)
        if output.quiet {
          // Findings only.
        } else if result.upToDate {
          log(
            String(
              format:
                "scimdoc: %d pages (%d setup pages) unchanged since the last build into %@, %.2fs",
              result.pages, result.setupPages, out, seconds))
        } else {
          log(
            String(
              format:
                "scimdoc: built %d pages (%d setup pages) into %@: %d files written, %d unchanged, %d from cache, %.2fs",
              result.pages, result.setupPages, out, result.filesWritten, result.filesUnchanged,
              result.cacheHits, seconds))
        }
        result.report.fixedCount = fixed
        try output.emit(
          result.report, context: output.context(threads: options.check.threads),
          outputs: files.output)
      }
    }
  }
}

/// Progress on stderr: a redrawn bar on a TTY, a plain line every 10% otherwise.
enum ProgressLine {
  static let isTTY = isatty(STDERR_FILENO) == 1

  static func make() -> (@Sendable (Int, Int, String) -> Void) {
    { done, total, _ in
      if isTTY {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar =
          String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) pages".utf8))
      } else if total >= 20, done % max(1, total / 10) == 0 || done == total {
        log("scimdoc: \(done)/\(total) pages")
      }
    }
  }

  static func finish() {
    if isTTY { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
