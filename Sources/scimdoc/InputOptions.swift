import ArgumentParser
import ScimdocKit

/// Flags every command that reads files shares.
struct InputOptions: ParsableArguments {
  @Option(
    name: .customLong("max-file-size"),
    help: "Largest input file accepted, in bytes (default 8 MiB).")
  var maxFileSize: Int = SourceLoader.defaultMaxFileSize

  var loader: SourceLoader { SourceLoader(maxFileSize: maxFileSize) }
}
