import ArgumentParser
import Foundation
import ScimdocKit

/// Flags shared by the commands that extract manifests.
struct ManifestOptions: ParsableArguments {
  @Option(
    help: """
      A folder of provider profiles (*.json) that add to or replace the built-in ones \
      (default: 'profiles' in the .scimdoc.yml found upward from the page, if any).
      """)
  var profiles: String?

  /// The pipeline for these flags, with the profiles of the project settings
  /// found from `start` (the page or folder worked on) when no --profiles is given.
  func pipeline(_ input: InputOptions, from start: String) throws(InputError) -> ManifestPipeline {
    var folder = profiles
    if folder == nil { folder = try input.project(from: start).profilesFolder }
    return ManifestPipeline(loader: input.loader, profiles: try ProfileSet.load(overrides: folder))
  }
}

/// Writes `text` to `output` atomically, or to stdout when no output is given.
func emit(_ text: String, to output: String?) throws(InputError) {
  if let output {
    try AtomicWriter.write(text, to: output)
  } else {
    print(text, terminator: "")
  }
}

/// Prints manifest problems to stderr; true when any is an error.
func report(_ problems: [ManifestProblem]) -> Bool {
  for p in problems { FileHandle.standardError.write(Data((p.rendered + "\n").utf8)) }
  return problems.contains { $0.severity == .error }
}
