import Foundation

/// The extraction settings of a docs project, read from `.scimdoc.yml`.
///
/// ```yaml
/// profiles: scimdoc/profiles   # a folder of provider profiles (*.json)
/// ```
/// Relative paths are resolved against the folder holding the file.
public struct ProjectSettings: Sendable, Equatable {
  /// The profiles folder, resolved; nil when the file names none.
  public var profiles: String?

  public init(profiles: String? = nil) {
    self.profiles = profiles
  }

  /// The settings in `directory/.scimdoc.yml`, or empty settings when there is no such file.
  public static func load(
    from directory: String = FileManager.default.currentDirectoryPath
  ) throws(InputError) -> ProjectSettings {
    let path = URL(fileURLWithPath: directory).appendingPathComponent(".scimdoc.yml").path
    guard FileManager.default.fileExists(atPath: path) else { return ProjectSettings() }
    let file = try SourceLoader().load(path)
    guard let root = try YAMLLoader.load(file, yaml: 0..<file.bytes.count) else {
      return ProjectSettings()
    }
    guard let node = root["profiles"] else { return ProjectSettings() }
    guard let text = node.text, !text.isEmpty else {
      throw InputError(
        in: file, at: node.range.start.offset, .custom("'profiles' must be a folder path"))
    }
    let resolved =
      text.hasPrefix("/") ? text : URL(fileURLWithPath: directory).appendingPathComponent(text).path
    return ProjectSettings(profiles: resolved)
  }
}
