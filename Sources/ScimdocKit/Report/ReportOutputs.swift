/// Where one run's report goes: each `--format` to stdout or to a file
/// (`-o FILE`, `-o FORMAT=FILE`), as Spectral's `--format` / `-o.<format>`
/// and ruff's `--output-file` do.
public struct ReportDestination: Sendable, Equatable {
  public var format: ReportFormat
  /// The file to write; nil for stdout.
  public var file: String?

  public init(format: ReportFormat, file: String? = nil) {
    self.format = format
    self.file = file
  }
}

/// Plans and writes a report in several formats at once.
public enum ReportOutputs {
  /// Pairs the formats with the `-o` values.
  ///
  /// `-o FORMAT=FILE` sends FORMAT to FILE (and adds FORMAT to the run);
  /// a plain `-o FILE` takes the one format that would go to stdout.
  /// Every other format goes to stdout, and at most one may.
  ///
  /// - Returns: the destinations, or the message of a usage error.
  public static func plan(formats given: [ReportFormat], outputs: [String]) -> Result<
    [ReportDestination], UsageProblem
  > {
    let formats = given.isEmpty ? [ReportFormat.text] : given
    var files: [ReportDestination] = []
    var plain: [String] = []
    for output in outputs {
      if let eq = output.firstIndex(of: "="),
        let format = ReportFormat(rawValue: String(output[..<eq]))
      {
        let file = String(output[output.index(after: eq)...])
        guard !file.isEmpty else { return .failure(UsageProblem("-o \(output): no file named")) }
        // Named by `-o` alone, without a `--format` of its own.
        files.append(ReportDestination(format: format, file: file))
      } else {
        plain.append(output)
      }
    }
    let toFiles = Set(files.map(\.format))
    var stdout: [ReportFormat] = []
    for format in formats where !toFiles.contains(format) && !stdout.contains(format) {
      stdout.append(format)
    }
    if !plain.isEmpty {
      guard plain.count == 1, stdout.count == 1 else {
        return .failure(
          UsageProblem(
            "-o FILE takes the one format printed to stdout; with several formats name each: "
              + "-o FORMAT=FILE (for example -o sarif=scimdoc.sarif)"))
      }
      return .success(files + [ReportDestination(format: stdout[0], file: plain[0])])
    }
    guard stdout.count <= 1 else {
      return .failure(
        UsageProblem(
          "several formats would go to stdout (\(stdout.map(\.rawValue).joined(separator: ", ")));"
            + " send all but one to files with -o FORMAT=FILE"))
    }
    return .success(files + stdout.map { ReportDestination(format: $0) })
  }

  /// A usage error in `--format` / `-o`.
  public struct UsageProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
  }

  /// Writes `report` to every destination: files first, each atomically (a
  /// reader never sees a partial report), then stdout through `stdout`.
  /// Files are never coloured.
  public static func write(
    _ report: Report, to destinations: [ReportDestination], context: ReportContext,
    stdout: @escaping ([UInt8]) -> Void
  ) throws(InputError) {
    var plain = context
    plain.color = false
    for destination in destinations {
      guard let file = destination.file else { continue }
      try AtomicWriter.write(destination.format.render(report, context: plain), to: file)
    }
    for destination in destinations where destination.file == nil {
      destination.format.write(report, context: context, to: stdout)
    }
  }
}
