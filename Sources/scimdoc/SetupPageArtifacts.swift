import ScimdocKit

/// How `build` renders a setup page (manifest and checklists).
enum SetupPageArtifacts {
  static let renderer: SiteBuilder.Renderer = { _, _ in nil }
}
