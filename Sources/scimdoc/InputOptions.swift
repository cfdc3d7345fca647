import ArgumentParser
import Foundation
import ScimdocKit

/// Flags every command that reads files shares.
struct InputOptions: ParsableArguments {
  @Option(
    name: .customLong("max-file-size"),
    help: "Largest input file accepted, in bytes (default 8 MiB).")
  var maxFileSize: Int = SourceLoader.defaultMaxFileSize

  @Option(
    name: .customLong("project"),
    help: "The project settings file (default: .scimdoc.yml found upward from the content).")
  var projectConfig: String?

  var loader: SourceLoader { SourceLoader(maxFileSize: maxFileSize) }

  /// The project settings every command uses: the `--project` file, else
  /// `.scimdoc.yml` found by walking up from `start` (a page or folder).
  func project(from start: String) throws(InputError) -> ProjectConfig {
    if let projectConfig { return try ProjectConfig.load(projectConfig, loader: loader) }
    return try ProjectConfig.discover(from: start, loader: loader)
  }

  /// Check options from the flags and the discovered `.scimdoc.yml`, with
  /// the provider profiles unless `loadingProfiles` is false.
  func checkOptions(paths: [String], urlPrefix: String?, loadingProfiles: Bool = true)
    throws(InputError) -> CheckOptions
  {
    var options = CheckOptions()
    options.loader = loader
    options.project = try project(from: paths.first ?? "content")
    if let urlPrefix { options.project.urlPrefix = urlPrefix }
    if loadingProfiles {
      options.profiles = try ProfileSet.load(overrides: options.project.profilesFolder)
    }
    return options
  }

  /// The paths to work on: those given (quoted globs expanded), else the
  /// configured root, else ./content.
  func targets(_ paths: [String], options: CheckOptions) throws(InputError) -> [String] {
    if !paths.isEmpty {
      return try Glob.expand(paths, walker: ContentWalker(ignored: options.project.ignored))
    }
    return [options.project.contentRoot ?? "content"]
  }
}
