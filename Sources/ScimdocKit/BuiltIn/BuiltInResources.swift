/// The built-in data files (provider profiles, checklist templates), compiled
/// into the program from `Sources/ScimdocKit/Resources` (see
/// `scripts/embed-resources.py`), so a scimdoc binary works wherever it is
/// copied, with no resource folder beside it and no search for one.
public enum BuiltInResources {
  /// The text of the built-in file at `path` under `Resources`
  /// (`"Templates/checklist.md.mustache"`), if there is one.
  public static func text(_ path: String) -> String? {
    embedded.first { $0.path == path }?.text
  }

  /// The built-in files directly in `folder` (`"profiles"`), by name, in name order.
  public static func files(in folder: String) -> [(name: String, text: String)] {
    let prefix = folder + "/"
    return embedded.compactMap { file in
      guard file.path.hasPrefix(prefix) else { return nil }
      let name = String(file.path.dropFirst(prefix.count))
      return name.contains("/") ? nil : (name, file.text)
    }
  }
}
