import Foundation

/// A server the probe tests start on 127.0.0.1: the real `scim2-server`
/// (in memory) or `Fixtures/fault-stub.py`. Stopped by ``stop()`` (and on
/// deinit), so no test leaves a process behind.
final class LoopbackServer {
  let process: Process
  let port: Int
  /// The SCIM base URL (`http://127.0.0.1:PORT/v2`).
  let baseURL: String

  private init(process: Process, port: Int, path: String) {
    self.process = process
    self.port = port
    baseURL = "http://127.0.0.1:\(port)\(path)"
  }

  deinit { stop() }

  /// Kills the server. SIGKILL, not SIGTERM: a child started from a test
  /// thread inherits its blocked signals, SIGTERM among them, and would
  /// never see a polite request to stop.
  func stop() {
    guard process.isRunning else { return }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }

  /// `scim2-server --bearer-token TOKEN` on a free port, answering; nil with
  /// a SKIPPED line when scim2-server is not installed (`.ci/run` installs it).
  static func scim2(token: String, test: String) throws -> LoopbackServer? {
    guard TestPaths.hasTool("scim2-server") else {
      print("⚠️  SKIPPED \(test): scim2-server is not installed (pip install scim2-server)")
      return nil
    }
    let port = try freePort()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "scim2-server", "--hostname", "127.0.0.1", "--port", String(port), "--bearer-token", token,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let server = LoopbackServer(process: process, port: port, path: "/v2")
    try server.waitUntilAnswering()
    return server
  }

  /// `fault-stub.py MODE` (500, hang, redirect, notjson); nil with a SKIPPED
  /// line when python3 is missing.
  static func faultStub(_ mode: String, test: String) throws -> LoopbackServer? {
    guard TestPaths.hasTool("python3") else {
      print("⚠️  SKIPPED \(test): python3 is not installed; the fault stub cannot run")
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", TestPaths.fixture("Probe", "fault-stub.py"), mode]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    var line = Data()
    while true {
      let byte = out.fileHandleForReading.readData(ofLength: 1)
      if byte.isEmpty || byte == Data("\n".utf8) { break }
      line.append(byte)
    }
    guard let port = Int(String(decoding: line, as: UTF8.self)) else {
      kill(process.processIdentifier, SIGKILL)
      throw LoopbackServerError.noPort
    }
    let server = LoopbackServer(process: process, port: port, path: "/v2")
    try server.waitUntilAnswering()
    return server
  }

  /// Waits (up to 30 s) until the port accepts connections.
  func waitUntilAnswering() throws {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      if Self.accepts(port) { return }
      guard process.isRunning else { throw LoopbackServerError.exited }
      Thread.sleep(forTimeInterval: 0.1)
    }
    stop()
    throw LoopbackServerError.notAnswering
  }

  /// A port nobody listens on now (the kernel's pick, released at once).
  static func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw LoopbackServerError.noPort }
    defer { close(fd) }
    var address = loopback(port: 0)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0 else { throw LoopbackServerError.noPort }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    guard named == 0 else { throw LoopbackServerError.noPort }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// True when 127.0.0.1:`port` accepts a TCP connection.
  static func accepts(_ port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = loopback(port: port)
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }

  private static func loopback(port: Int) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
    return address
  }
}

enum LoopbackServerError: Error {
  case noPort, exited, notAnswering
}
