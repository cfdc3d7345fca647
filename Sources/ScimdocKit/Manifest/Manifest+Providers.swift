/// Pages written for several identity providers, one tab or section each.
extension Manifest {
  /// The providers whose tabs or sections hold requirements, in page order.
  public var sectionProviders: [String] {
    var seen: [String] = []
    for r in requirements.sorted(by: { $0.source.line < $1.source.line }) {
      if let p = r.provider, !seen.contains(p) { seen.append(p) }
    }
    return seen
  }

  /// The manifest for `provider`: the requirements of its tabs and those
  /// every provider shares; the other providers' are left out.
  public func forProvider(_ provider: String) -> Manifest {
    var out = self
    out.provider = provider
    out.requirements = requirements.filter { $0.provider == nil || $0.provider == provider }
    return out
  }
}
