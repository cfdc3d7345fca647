import ArgumentParser

/// `-o`/`--output` for `check` and `lint`: report files.
struct ReportFileOptions: ParsableArguments {
  @Option(name: [.short, .long], help: reportFileHelp)
  var output: [String] = []
}

/// `--output` for `build`, whose `-o` is `--out` (the publish folder).
struct BuildReportFileOptions: ParsableArguments {
  @Option(name: .long, help: reportFileHelp)
  var output: [String] = []
}

/// The help of `-o`/`--output`.
private let reportFileHelp = ArgumentHelp(
  """
  Write the report to FILE instead of stdout, or one format to its own file: \
  FORMAT=FILE (repeatable; written atomically).
  """, valueName: "[format=]file")
