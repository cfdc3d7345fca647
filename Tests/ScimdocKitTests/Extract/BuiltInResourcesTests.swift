import Foundation
import Testing

@testable import ScimdocKit

@Suite struct BuiltInResourcesTests {
  /// The compiled-in files are the files under `Sources/ScimdocKit/Resources`,
  /// byte for byte (after editing one, run `scripts/embed-resources.py`).
  @Test func embeddedFilesMatchResources() throws {
    let root = TestPaths.packageRoot.appendingPathComponent("Sources/ScimdocKit/Resources")
    var onDisk: [String: String] = [:]
    let walker = try #require(FileManager.default.enumerator(atPath: root.path))
    for case let rel as String in walker {
      var isDir: ObjCBool = false
      let path = root.appendingPathComponent(rel).path
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue
      else { continue }
      onDisk[rel] = try String(contentsOfFile: path, encoding: .utf8)
    }
    #expect(onDisk.count >= 6)
    #expect(
      Dictionary(uniqueKeysWithValues: BuiltInResources.embedded.map { ($0.path, $0.text) })
        == onDisk, "stale: run scripts/embed-resources.py")
    #expect(BuiltInResources.embedded.map(\.path) == onDisk.keys.sorted())
  }

  /// Files are found by path and listed by folder, and the profiles and
  /// templates made from them load.
  @Test func lookupsAndLoading() throws {
    #expect(BuiltInResources.text("profiles/okta.json")?.contains("\"okta\"") == true)
    #expect(BuiltInResources.text("profiles/none.json") == nil)
    #expect(
      BuiltInResources.files(in: "profiles").map(\.name)
        == [
          "entra.json", "generic.json", "google.json", "jumpcloud.json", "okta.json",
          "onelogin.json", "pingone.json",
        ])
    #expect(BuiltInResources.files(in: "Templates").count == 2)
    #expect(BuiltInResources.files(in: "missing").isEmpty)
    let profiles = try ProfileSet.load()
    #expect(
      profiles.profiles.map(\.id).sorted()
        == ["entra", "generic", "google", "jumpcloud", "okta", "onelogin", "pingone"])
  }
}
