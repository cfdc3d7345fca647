import Foundation

/// Runs the built `scimdoc` binary as a subprocess with a kill timer.
///
/// Output goes to temporary files rather than pipes, so a command printing
/// megabytes cannot block on a full pipe, and a hung command is killed with
/// SIGKILL when its time is up (the result then says `timedOut`).
enum CLIRunner {
  /// The result of one run.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    var timedOut: Bool
    /// True when the process ended by a signal (a crash or our kill).
    var signalled: Bool
  }

  /// The `scimdoc` binary next to the test bundle (same build folder and
  /// sanitizer flags), else `.build/debug/scimdoc`, else nil with a loud note.
  static let binary: URL? = {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let env = ProcessInfo.processInfo.environment["SCIMDOC_BIN"] {
      candidates.append(URL(fileURLWithPath: env))
    }
    if let first = CommandLine.arguments.first {
      var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(dir.appendingPathComponent("scimdoc"))
        dir = dir.deletingLastPathComponent()
      }
    }
    candidates.append(TestPaths.packageRoot.appendingPathComponent(".build/debug/scimdoc"))
    if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) && !isDir($0) }) {
      return found
    }
    print("⚠️  SKIPPED: no built scimdoc binary (run `swift build`); CLI tests did not run")
    return nil
  }()

  private static func isDir(_ url: URL) -> Bool {
    var dir: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &dir) && dir.boolValue
  }

  /// Runs `scimdoc args...` in `cwd`, killing it after `timeout` seconds.
  /// `stdin`, when given, is the file standard input reads.
  static func run(
    _ args: [String], cwd: URL, timeout: Double = 60, environment: [String: String] = [:],
    stdin: URL? = nil
  ) throws -> Result {
    guard let binary else { throw CLIRunnerError.noBinary }
    let process = try start(binary, args, cwd: cwd, environment: environment, stdin: stdin)
    let timer = DispatchWorkItem { kill(process.process.processIdentifier, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    let start = Date()
    process.process.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    timer.cancel()
    return process.finish(seconds: seconds, timeout: timeout)
  }

  /// A started process with its output files.
  struct Running {
    var process: Process
    var outURL: URL
    var errURL: URL

    func finish(seconds: Double, timeout: Double) -> Result {
      let out = (try? Data(contentsOf: outURL)) ?? Data()
      let err = (try? Data(contentsOf: errURL)) ?? Data()
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
      let signalled = process.terminationReason == .uncaughtSignal
      return Result(
        status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
        stderr: String(decoding: err, as: UTF8.self), seconds: seconds,
        timedOut: signalled && seconds >= timeout, signalled: signalled)
    }
  }

  /// Starts `binary args...` without waiting.
  static func start(
    _ binary: URL, _ args: [String], cwd: URL, environment: [String: String] = [:],
    stdin: URL? = nil
  ) throws -> Running {
    let tmp = FileManager.default.temporaryDirectory
    let id = UUID().uuidString
    let outURL = tmp.appendingPathComponent("scimdoc-cli-\(id).out")
    let errURL = tmp.appendingPathComponent("scimdoc-cli-\(id).err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = binary
    process.arguments = args
    process.currentDirectoryURL = cwd
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    process.standardInput =
      try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
    try process.run()
    return Running(process: process, outURL: outURL, errURL: errURL)
  }

  /// The subcommands `scimdoc --help` lists.
  static func subcommands(cwd: URL) -> [String] {
    guard let help = try? run(["--help"], cwd: cwd, timeout: 30) else { return [] }
    let known = ["dump", "check", "build", "manifest", "checklist", "lint", "diff"]
    let lines = help.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    return known.filter { name in lines.contains { $0.hasPrefix(name + " ") || $0 == name } }
  }
}

/// Why a CLI test could not run.
enum CLIRunnerError: Error {
  case noBinary
}

/// A fresh temporary folder, removed by the caller.
func makeTempDir(_ label: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "scimdoc-\(label)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Every regular file under `root`, as paths relative to it (sorted).
func filesUnder(_ root: URL) -> [String] {
  guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
  var out: [String] = []
  while let rel = walker.nextObject() as? String {
    var dir: ObjCBool = false
    if FileManager.default.fileExists(
      atPath: root.appendingPathComponent(rel).path, isDirectory: &dir),
      !dir.boolValue
    {
      out.append(rel)
    }
  }
  return out.sorted()
}
