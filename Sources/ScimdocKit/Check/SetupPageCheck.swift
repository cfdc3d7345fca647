/// What extraction finds on a setup page, as check findings: semantic
/// problems (http endpoints, credentials in URLs, contradictions), unmapped
/// settings as notes, and the settings other pages may contradict.
public enum SetupPageCheck {
  /// The manifest of `page`, or nil when it is not a setup page.
  public static func manifest(_ page: Page, profiles: ProfileSet) -> Manifest? {
    manifest(page, profiles: profiles, contentHash: nil)
  }

  /// The manifest of `page`, reusing its hex SHA-256 when already known.
  static func manifest(_ page: Page, profiles: ProfileSet, contentHash: String?) -> Manifest? {
    guard mentionsProvisioning(page.source.bytes) else { return nil }
    let manifest = Extractor(profiles: profiles).manifest(for: page, contentHash: contentHash)
    return manifest.requirements.isEmpty ? nil : manifest
  }

  /// True when the page mentions SCIM or provisioning (ASCII, any case): a
  /// cheap filter so extraction runs only on pages that can be setup pages.
  static func mentionsProvisioning(_ bytes: [UInt8]) -> Bool {
    let needles: [[UInt8]] = [Array("scim".utf8), Array("provision".utf8)]
    return bytes.withUnsafeBufferPointer { p in
      let n = p.count
      var i = 0
      while i < n {
        let b = p[i] | 0x20
        if b == UInt8(ascii: "s") || b == UInt8(ascii: "p") {
          for needle in needles where needle[0] == b && i + needle.count <= n {
            var k = 1
            while k < needle.count, p[i + k] | 0x20 == needle[k] { k += 1 }
            if k == needle.count { return true }
          }
        }
        i += 1
      }
      return false
    }
  }

  /// Findings and settings for a setup page's manifest.
  public static func findings(_ manifest: Manifest) -> ([Diagnostic], [SettingRecord]) {
    var findings: [Diagnostic] = []
    for problem in ManifestValidator.validate(manifest) {
      findings.append(
        Diagnostic(
          rule: problem.rule, severity: problem.severity, message: problem.message,
          location: location(problem.source),
          notes: problem.related.map { "see also \($0.description)" }))
    }
    for note in manifest.notes where note.kind == "unmapped-setting" {
      findings.append(
        Diagnostic(
          rule: "unmapped-setting", severity: .note, message: note.message,
          location: location(note.source),
          fix: "add the label to a provider profile so scimdoc can check it"))
    }
    let product = manifest.product ?? manifest.source.title ?? manifest.source.path
    let settings = manifest.requirements.compactMap { r -> SettingRecord? in
      guard !r.secret, r.op == .equals, let value = r.value else { return nil }
      return SettingRecord(
        product: product, provider: manifest.provider, key: r.key, value: value.display,
        location: location(r.source))
    }
    return (findings, settings)
  }

  static func location(_ span: SourceSpan) -> DiagnosticLocation {
    DiagnosticLocation(
      file: span.path, line: span.line, column: span.column, endLine: span.endLine,
      endColumn: span.endColumn)
  }
}
