import Foundation

/// Finds the `../shared` folder beside the package checkout, for fixture tests.
enum SharedFixtures {
  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // JSON
    .deletingLastPathComponent()  // ScimdocKitTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `../shared`, or nil (after printing a visible skip message) when absent.
  static func directory(_ subpath: String, for test: String) -> URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
      .appendingPathComponent(subpath)
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue
    else {
      print("SKIPPED \(test): ../shared/\(subpath) is absent (fixture tests need ../shared)")
      return nil
    }
    return url
  }

  /// The bytes of a file.
  static func bytes(_ url: URL) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url))
  }
}
