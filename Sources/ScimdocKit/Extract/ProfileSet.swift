import Foundation

/// The provider profiles in use: the built-in ones, optionally overridden.
public struct ProfileSet: Sendable {
  public var profiles: [ProviderProfile]

  public init(profiles: [ProviderProfile]) {
    self.profiles = profiles
  }

  /// The generic SCIM profile, used as the fallback vocabulary.
  public var generic: ProviderProfile {
    profiles.first { $0.id == "generic" }
      ?? ProviderProfile(
        id: "generic", name: "SCIM app", detect: [], settings: [], verify: [], matching: [],
        monitoring: [])
  }

  /// The built-in profiles, then any `*.json` in `overrides` (same id replaces).
  public static func load(overrides: String? = nil) throws(InputError) -> ProfileSet {
    var byID: [String: ProviderProfile] = [:]
    var order: [String] = []
    var dirs: [URL] = []
    guard let builtIn = BuiltInResources.folder("profiles") else {
      throw InputError(
        path: "Resources/profiles", location: nil,
        message: .custom("the built-in provider profiles are missing from this installation"),
        lineText: nil)
    }
    dirs.append(builtIn)
    if let overrides { dirs.append(URL(fileURLWithPath: overrides)) }
    for dir in dirs {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
      for name in files.sorted() where name.hasSuffix(".json") {
        let path = dir.appendingPathComponent(name).path
        let profile = try decode(path)
        if byID[profile.id] == nil { order.append(profile.id) }
        byID[profile.id] = profile
      }
    }
    return ProfileSet(profiles: order.compactMap { byID[$0] })
  }

  private static func decode(_ path: String) throws(InputError) -> ProviderProfile {
    let file = try SourceLoader().load(path)
    do {
      return try JSONDecoder().decode(ProviderProfile.self, from: Data(file.bytes))
    } catch {
      throw InputError(
        path: path, location: nil, message: .custom("invalid provider profile: \(error)"),
        lineText: nil)
    }
  }

  /// The profile a page is written for: front matter and title count most.
  public func detect(title: String?, pageID: String?, body: String) -> ProviderProfile {
    let head = ((title ?? "") + " " + TextSearch.replacing("_", with: " ", in: pageID ?? ""))
      .lowercased()
    let text = TextSearch.lowercased(body)
    var best: (ProviderProfile, Int)?
    var inBody = 0
    for profile in profiles where !profile.detect.isEmpty {
      var score = 0
      for phrase in profile.detect {
        if TextSearch.contains(phrase, in: head) { score += 100 }
        score += TextSearch.count(phrase, in: text)
      }
      if score > 0 { inBody += 1 }
      if score > (best?.1 ?? 0) { best = (profile, score) }
    }
    // A page about several providers, none named in its title, is a generic page.
    if let (_, score) = best, score < 100, inBody > 1 { return generic }
    return best?.0 ?? generic
  }
}
