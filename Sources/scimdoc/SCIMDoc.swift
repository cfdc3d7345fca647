import ArgumentParser
import Foundation
import ScimdocKit

@main
struct SCIMDoc: ParsableCommand {
  /// Runs the command, mapping usage errors to exit code 2 (DESIGN.md).
  static func main() {
    // `scimdoc chek`: name the command meant, as git does.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let first = arguments.first, !first.hasPrefix("-"), let hint = unknownCommand(first) {
      FileHandle.standardError.write(Data((hint + "\n").utf8))
      exit(withError: ExitCode(2))
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      var code = exitCode(for: error)
      if code.rawValue == 64 { code = ExitCode(2) }  // EX_USAGE: a usage error is a tool error
      let message = fullMessage(for: error)
      // A usage error under `--format sarif` still leaves a SARIF log (tool
      // errors inside a command print theirs in `runReportingErrors`).
      if code.rawValue == 2, !(error is ExitCode), requestedFormat(arguments) == .sarif,
        ["check", "build", "lint", "probe"].contains(arguments.first ?? "")
      {
        var first = message.split(separator: "\n").first.map(String.init) ?? "usage error"
        if first.hasPrefix("Error: ") { first.removeFirst("Error: ".count) }
        FileHandle.standardOutput.write(Data(SARIFReporter.toolError(message: first).utf8))
      }
      if !message.isEmpty {
        if code == .success {
          print(message)
        } else {
          FileHandle.standardError.write(Data((message + "\n").utf8))
        }
      }
      exit(withError: code == .success ? nil : ExitCode(code.rawValue))
    }
  }

  /// "error: unknown command 'chek'; did you mean 'check'?" when `name` is
  /// no subcommand; nil when it is one (or `help`).
  static func unknownCommand(_ name: String) -> String? {
    let names = configuration.subcommands.map { $0._commandName } + ["help"]
    guard !names.contains(name) else { return nil }
    var line = "error: unknown command '\(name)'"
    if let meant = Suggestion.closest(to: name, in: names, maxDistance: 2) {
      line += "; did you mean '\(meant)'?"
    }
    return line + "\n  commands: " + names.dropLast().joined(separator: ", ")
      + "\n  See 'scimdoc --help' for more information."
  }

  static let configuration = CommandConfiguration(
    commandName: "scimdoc",
    abstract: "Turn SCIM provisioning setup docs into checkable manifests, and lint configs.",
    discussion: """
      scimdoc reads setup pages (Markdown with YAML front matter), extracts what a
      correct provisioning configuration must look like, and checks real
      configurations against it. With no paths, commands use ./content.

      Exit codes: 0 clean, 1 findings at or above --fail-level, 2 the tool could
      not do its job (usage, unreadable or invalid input).
      Positions are line:column, 1-based; columns count Unicode scalars.
      """,
    version: ScimdocVersion.current,
    subcommands: [
      Build.self, Check.self, Manifest.self, Checklist.self, Lint.self, Probe.self, Dump.self,
      Diff.self, Rules.self,
    ]
  )
}
