import Foundation

/// Paths the tests need: the package root and the shared test data beside it.
enum TestPaths {
  /// The package root (two folders above this file's folder).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared`, or nil (with a loud message) when it is absent.
  static var shared: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    if FileManager.default.fileExists(atPath: url.path) { return url }
    print("⚠️  SKIPPED: ../shared is absent; tests that read the shared corpus did not run")
    return nil
  }

  /// `../shared/<sub>`, or nil (with a printed message) when absent.
  static func shared(_ sub: String, for test: String) -> URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
      .appendingPathComponent(sub)
    if FileManager.default.fileExists(atPath: url.path) { return url }
    print("⚠️  SKIPPED \(test): \(url.path) is absent")
    return nil
  }

  /// A fixture file of a test folder.
  static func fixture(_ folder: String, _ name: String) -> String {
    packageRoot.appendingPathComponent("Tests/ScimdocKitTests/\(folder)/Fixtures/\(name)").path
  }

  /// The repository's sample page.
  static var samplePage: String {
    packageRoot.appendingPathComponent("content/configuring-scim-with-azure-ad.md").path
  }

  /// True when `tool` is on PATH.
  static func hasTool(_ tool: String) -> Bool {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
  }

  /// True when python3 can import `module`.
  static func hasPythonModule(_ module: String) -> Bool {
    run(["python3", "-c", "import \(module)"]).status == 0
  }

  /// Runs a command, returning its exit status and output.
  @discardableResult
  static func run(_ argv: [String], stdin: Data? = nil) -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = argv
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    do { try process.run() } catch { return (127, "", "\(error)") }
    if let stdin { inp.fileHandleForWriting.write(stdin) }
    try? inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: o, as: UTF8.self),
      String(decoding: e, as: UTF8.self)
    )
  }
}

/// Test output, written at once: `Swift.print` is buffered when piped and
/// would land after the runner's closing count line, which CI reads.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
  let text = items.map { "\($0)" }.joined(separator: separator) + terminator
  FileHandle.standardOutput.write(Data(text.utf8))
}
