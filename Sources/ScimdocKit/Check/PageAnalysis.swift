/// What one page contributes to a site check: its own findings plus the facts
/// the cross-page checks need (ids, anchors, links). Codable so the build cache
/// can keep it.
public struct PageAnalysis: Codable, Sendable {
  public var path: String
  public var contentHash: String
  public var title: String?
  public var pageID: String?
  public var pageIDLocation: DiagnosticLocation?
  public var anchors: [String]
  public var links: [LinkRecord]
  /// Findings about this page alone (suppressions not yet applied).
  public var findings: [Diagnostic]
  public var suppressions: [Suppression]
  /// Settings the page's setup steps demand, for cross-page conflicts.
  public var settings: [SettingRecord]
  /// True when the page yielded a setup manifest.
  public var isSetupPage: Bool
  /// The site target of each link, when a site check has already worked it
  /// out (``PageAnalyzer/analyzeForSiteCheck``): empty otherwise. Neither
  /// coded nor cached.
  var linkTargets: [SiteChecks.Target] = []

  private enum CodingKeys: String, CodingKey {
    case path, contentHash, title, pageID, pageIDLocation, anchors, links, findings, suppressions
    case settings, isSetupPage
  }

  public init(path: String, contentHash: String) {
    self.path = path
    self.contentHash = contentHash
    self.anchors = []
    self.links = []
    self.findings = []
    self.suppressions = []
    self.settings = []
    self.isSetupPage = false
  }
}

/// A link and where it is.
public struct LinkRecord: Codable, Sendable, Hashable {
  public var destination: String
  public var location: DiagnosticLocation
  public var inContents: Bool
}

/// One setting value a page demands (for conflicts across pages).
public struct SettingRecord: Codable, Sendable, Hashable {
  public var product: String
  public var provider: String
  public var key: String
  public var value: String
  public var location: DiagnosticLocation
}
