import Foundation

/// Finds the built-in data files (profiles, templates) without ever trapping.
///
/// SwiftPM's generated `Bundle.module` stops the program when its bundle is
/// missing; a missing installation file must be a tool error instead (exit 2).
public enum BuiltInResources {
  /// The bundle SwiftPM copies `Sources/ScimdocKit/Resources` into.
  static let bundleName = "scimdoc_ScimdocKit.resources"

  /// The folder `Resources/<name>`: beside the executable, in the test bundle's
  /// folder, or in the source tree this library was built from.
  public static func folder(_ name: String) -> URL? {
    // The folder beside the executable is tried before the others are worked
    // out: finding `Bundle.main` costs more than a whole small check.
    if let url = existingFolder(name, in: executableBase) { return url }
    for base in laterBases {
      if let url = existingFolder(name, in: base) { return url }
    }
    return nil
  }

  private static func existingFolder(_ name: String, in base: URL) -> URL? {
    let url = base.appendingPathComponent(name)
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
      return url
    }
    return nil
  }

  /// The `Resources` folders to look in, in order.
  static var searchPath: [URL] { [executableBase] + laterBases }

  /// The bundle's `Resources` beside the executable (symlinks resolved).
  static let executableBase: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    .resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(bundleName)
    .appendingPathComponent("Resources")

  /// The other `Resources` folders, worked out once per process
  /// (`Bundle.allBundles` allocates on every call).
  static let laterBases: [URL] = {
    var candidates: [URL] = []
    candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
    candidates.append(
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
    for bundle in Bundle.allBundles {
      candidates.append(
        bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
    }
    candidates = candidates.map { $0.appendingPathComponent("Resources") }
    // A development checkout: the sources themselves.
    candidates.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources"))
    return candidates
  }()
}
