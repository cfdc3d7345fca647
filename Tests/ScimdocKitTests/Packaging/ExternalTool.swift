import Foundation

/// Runs a program found on PATH (pre-commit, actionlint, git, bash) for the
/// packaging tests, with output in a temporary file and a kill timer.
enum ExternalTool {
  /// The result of one run: exit status and stdout and stderr together.
  struct Result {
    var status: Int32
    var output: String
  }

  /// The full path of `name` on PATH (with `extraPath` in front), or nil.
  static func find(_ name: String, extraPath: [String] = []) -> String? {
    let path = (extraPath + [ProcessInfo.processInfo.environment["PATH"] ?? ""]).joined(
      separator: ":")
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `args` (the first is the program) in `cwd`, with `environment`
  /// added and `extraPath` put in front of PATH.
  static func run(
    _ args: [String], cwd: URL, environment: [String: String] = [:], extraPath: [String] = [],
    timeout: Double = 300
  ) throws -> Result {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scimdoc-tool-\(UUID().uuidString).log")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = args
    process.currentDirectoryURL = cwd
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["PATH"] = (extraPath + [env["PATH"] ?? "/usr/bin:/bin"]).joined(separator: ":")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let handle = try FileHandle(forWritingTo: log)
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let timer = DispatchWorkItem { kill(process.processIdentifier, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
    process.waitUntilExit()
    timer.cancel()
    try handle.close()
    let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
    return Result(status: process.terminationStatus, output: output)
  }
}
