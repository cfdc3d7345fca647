import Foundation
import Testing

@testable import ScimdocKit

@Suite struct ManifestModelTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      String(repeating: "a", count: 1000),
      "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
    ),
  ])
  func sha256KnownAnswers(_ input: String, _ hex: String) {
    #expect(SHA256.hex(Array(input.utf8)) == hex)
  }

  @Test func encodingIsSortedAndRoundTrips() throws {
    let manifest = try TestPipeline.manifest(TestPaths.samplePage)
    let json = try ManifestCoding.encode(manifest)
    #expect(json.hasPrefix("{\n  \"facts\""))
    #expect(try ManifestCoding.decode(json) == manifest)
  }

  @Test func atomicWriteLeavesNoTempFiles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "aw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("out.json").path
    try AtomicWriter.write("one", to: path)
    try AtomicWriter.write("two", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.json"])
  }

  @Test func severityOrder() {
    #expect(Severity.note < .warning && Severity.warning < .error)
  }
}
