import Foundation
import Testing

@testable import ScimdocKit

/// Helpers shared by the front matter tests.
enum FM {
  /// A page from text.
  static func file(_ text: String, path: String = "page.md") -> SourceFile {
    SourceFile(path: path, text: text)
  }

  /// Parses `text` as a whole page.
  static func page(_ text: String) throws -> Page {
    try PageParser.parse(file(text))
  }

  /// The YAML root of a page whose front matter is `yaml`.
  static func yaml(_ yaml: String) throws -> YAMLNode? {
    try page("---\n" + yaml + "---\nBody\n").yaml
  }

  /// The error parsing `text` throws, or nil.
  static func error(_ text: String) -> InputError? {
    do {
      _ = try PageParser.parse(file(text))
      return nil
    } catch {
      return error
    }
  }

  /// The `../shared` folder beside the package, or nil (with a printed
  /// message) when it is absent.
  static func shared(_ sub: String) -> URL? {
    TestPaths.shared(sub, for: "front matter tests")
  }
}
