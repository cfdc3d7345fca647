import Foundation

@testable import ScimdocKit

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
