import Foundation

/// Finds the `../shared` folder beside the package checkout, for fixture tests.
enum SharedFixtures {
  /// The package root.
  static var packageRoot: URL { TestPaths.packageRoot }

  /// `../shared/<subpath>`, or nil (after printing a visible skip message) when absent.
  static func directory(_ subpath: String, for test: String) -> URL? {
    TestPaths.shared(subpath, for: test)
  }

  /// The bytes of a file.
  static func bytes(_ url: URL) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url))
  }
}
