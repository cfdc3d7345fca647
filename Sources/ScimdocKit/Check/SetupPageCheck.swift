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
    bytes.withUnsafeBufferPointer { p in
      let n = p.count
      let lower = ByteScan.ones &* 0x20
      var i = 0
      // Eight starts at a time: a candidate is "sc" or "pr" in any case (the
      // masks' spurious bits only add candidates, which are checked in full).
      while i + 9 <= n {
        let w = ByteScan.word(p, i) | lower
        let next = ByteScan.word(p, i + 1) | lower
        var m =
          (ByteScan.matches(w, UInt8(ascii: "s")) & ByteScan.matches(next, UInt8(ascii: "c")))
          | (ByteScan.matches(w, UInt8(ascii: "p")) & ByteScan.matches(next, UInt8(ascii: "r")))
        while m != 0 {
          if startsNeedle(p, i + m.trailingZeroBitCount / 8) { return true }
          m &= m &- 1
        }
        i += 8
      }
      while i < n {
        if startsNeedle(p, i) { return true }
        i += 1
      }
      return false
    }
  }

  /// True when "scim" or "provision" (ASCII, any case) starts at `p[i]`.
  @inline(__always)
  private static func startsNeedle(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = p[i] | 0x20
    let needle: StaticString
    switch b {
    case UInt8(ascii: "s"): needle = "scim"
    case UInt8(ascii: "p"): needle = "provision"
    default: return false
    }
    let count = needle.utf8CodeUnitCount
    guard i + count <= p.count else { return false }
    let text = needle.utf8Start
    var k = 1
    while k < count, p[i + k] | 0x20 == text[k] { k += 1 }
    return k == count
  }

  /// Findings and settings for a setup page's manifest.
  public static func findings(_ manifest: Manifest) -> ([Diagnostic], [SettingRecord]) {
    var findings: [Diagnostic] = []
    for problem in ManifestValidator.validate(manifest) { findings.append(problem.diagnostic) }
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

  static func location(_ span: SourceSpan) -> DiagnosticLocation { span.location }
}
