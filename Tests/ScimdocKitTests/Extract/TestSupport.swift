import Foundation

@testable import ScimdocKit

/// Paths and helpers shared by the extraction, manifest and checklist tests.
enum TestPaths {
  /// The package root, found from this file's path.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared` beside the package, or nil (with a printed message) when absent.
  static func shared(_ sub: String, for test: String) -> URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
      .appendingPathComponent(sub)
    if FileManager.default.fileExists(atPath: url.path) { return url }
    print("SKIPPED \(test): \(url.path) is absent")
    return nil
  }

  /// A fixture file of this test folder.
  static func fixture(_ folder: String, _ name: String) -> String {
    packageRoot.appendingPathComponent("Tests/ScimdocKitTests/\(folder)/Fixtures/\(name)").path
  }

  /// The repository's sample page.
  static var samplePage: String {
    packageRoot.appendingPathComponent("content/configuring-scim-with-azure-ad.md").path
  }
}

/// Builds manifests for tests with the built-in profiles.
enum TestPipeline {
  static let profiles: ProfileSet = (try? ProfileSet.load()) ?? ProfileSet(profiles: [])

  static func manifest(_ path: String) throws -> Manifest {
    try ManifestPipeline(profiles: profiles).manifest(at: path).0
  }

  static func manifest(markdown: String, path: String = "example.md") throws -> Manifest {
    let page = try PageParser.parse(SourceFile(path: path, text: markdown))
    return Extractor(profiles: profiles).manifest(for: page)
  }
}

extension Manifest {
  /// The requirements on `key`.
  func requirements(_ key: String) -> [Requirement] { requirements.filter { $0.key == key } }
}
