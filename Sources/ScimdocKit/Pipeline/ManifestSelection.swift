/// Picks the manifests a config is linted against.
public enum ManifestSelection {
  /// The outcome of choosing among the setup pages of a docs tree.
  public enum Choice: Sendable {
    case one(Manifest)
    /// No setup page matches the config's provider.
    case none(provider: String?, candidates: [String])
    /// Several pages match: the user must choose with `--docs`.
    case ambiguous(provider: String?, matches: [String])
  }

  /// The manifests of the setup pages under `paths` (pages with requirements).
  public static func manifests(
    in paths: [String], pipeline: ManifestPipeline
  ) throws(InputError) -> [Manifest] {
    let pages = try ContentWalker().pages(in: paths)
    var out: [Manifest] = []
    for page in pages {
      let (manifest, _) = try pipeline.manifest(at: page)
      if !manifest.requirements.isEmpty { out.append(manifest) }
    }
    return out
  }

  /// The one manifest whose provider matches `config` (and, when the config
  /// names its tenant URL, whose endpoint matches too).
  /// A page with a tab or section for the config's provider counts as that
  /// provider's page, read without the other providers' tabs.
  public static func choose(_ manifests: [Manifest], for config: ProvisioningConfig) -> Choice {
    let provider = config.provider?.rawValue
    let read = manifests.map { Self.narrowed($0, to: provider) }
    var matches = read.filter { provider == nil || $0.provider == provider }
    if matches.count > 1, let url = config.normalizedTenantUrl {
      let byURL = matches.filter { manifest in
        manifest.requirements.contains {
          $0.key == "/tenantUrl"
            && $0.value?.stringValue.map(ProvisioningConfig.normalizedURL) == url
        }
      }
      if !byURL.isEmpty { matches = byURL }
    }
    switch matches.count {
    case 1: return .one(matches[0])
    case 0: return .none(provider: provider, candidates: manifests.map(\.source.path))
    default: return .ambiguous(provider: provider, matches: matches.map(\.source.path))
    }
  }

  /// `manifest` read for `provider` when it has a tab or section for it.
  public static func narrowed(_ manifest: Manifest, to provider: String?) -> Manifest {
    guard let provider, manifest.sectionProviders.contains(provider) else { return manifest }
    return manifest.forProvider(provider)
  }
}
