/// The page-to-manifest pipeline the commands share: load, parse, extract, validate.
public struct ManifestPipeline: Sendable {
  public var loader: SourceLoader
  public var profiles: ProfileSet

  public init(loader: SourceLoader = SourceLoader(), profiles: ProfileSet) {
    self.loader = loader
    self.profiles = profiles
  }

  /// The manifest of the page at `path`, with its semantic problems.
  public func manifest(at path: String) throws(InputError) -> (Manifest, [ManifestProblem]) {
    let file = try loader.load(path)
    let page = try PageParser.parse(file)
    let manifest = Extractor(profiles: profiles).manifest(for: page)
    return (manifest, ManifestValidator.validate(manifest))
  }
}
