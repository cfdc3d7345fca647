/// Renders the published files of a setup page: its manifest and its
/// checklist as Markdown, HTML and JSON.
public enum SetupArtifacts {
  /// The published files of the setup page `manifest` was extracted from.
  public static func artifacts(_ manifest: Manifest, templates: String?) -> PageArtifacts {
    let checklist = ChecklistBuilder.build(manifest)
    var files: [String: String] = [:]
    files["manifest.json"] = try? ManifestCoding.encode(manifest)
    for format in ChecklistRenderer.Format.allCases {
      files["checklist.\(format.rawValue)"] = try? ChecklistRenderer.render(
        checklist, format: format, templatesDirectory: templates)
    }
    return PageArtifacts(
      files: files, provider: manifest.provider, requirements: manifest.requirements.count)
  }
}
