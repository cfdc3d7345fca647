import Foundation

/// The provider profiles in use: the built-in ones, optionally overridden.
public struct ProfileSet: Sendable {
  public var profiles: [ProviderProfile] {
    didSet { prepared = Prepared(profiles, generic: generic) }
  }
  /// Each profile merged with the generic fallback and folded, once per set.
  private var prepared: Prepared

  public init(profiles: [ProviderProfile]) {
    self.profiles = profiles
    prepared = Prepared(profiles, generic: ProfileSet.generic(in: profiles))
  }

  /// The generic SCIM profile, used as the fallback vocabulary.
  public var generic: ProviderProfile { Self.generic(in: profiles) }

  private static func generic(in profiles: [ProviderProfile]) -> ProviderProfile {
    profiles.first { $0.id == "generic" }
      ?? ProviderProfile(
        id: "generic", name: "SCIM app", detect: [], settings: [], verify: [], matching: [],
        monitoring: [])
  }

  /// The built-in profiles, then any `*.json` in `overrides` (same id replaces).
  public static func load(overrides: String? = nil) throws(InputError) -> ProfileSet {
    var byID: [String: ProviderProfile] = [:]
    var order: [String] = []
    func add(_ profile: ProviderProfile) {
      if byID[profile.id] == nil { order.append(profile.id) }
      byID[profile.id] = profile
    }
    for (name, text) in BuiltInResources.files(in: "profiles") where name.hasSuffix(".json") {
      add(try decode(Array(text.utf8), path: "built-in profiles/\(name)"))
    }
    if let overrides {
      // A misspelled folder is an error, not a silent fall back to `generic`.
      let files: [String]
      do {
        files = try FileManager.default.contentsOfDirectory(atPath: overrides)
      } catch {
        let exists = FileManager.default.fileExists(atPath: overrides)
        throw InputError(
          path: overrides, location: nil,
          message: exists ? .custom("the profiles folder cannot be read") : .fileNotFound,
          lineText: nil)
      }
      for name in files.sorted() where name.hasSuffix(".json") {
        add(try decode(URL(fileURLWithPath: overrides).appendingPathComponent(name).path))
      }
    }
    return ProfileSet(profiles: order.compactMap { byID[$0] })
  }

  private static func decode(_ path: String) throws(InputError) -> ProviderProfile {
    try decode(try SourceLoader().load(path).bytes, path: path)
  }

  /// A profile from JSON bytes. On failure (only then, so good profiles are
  /// read once), bad JSON is reported where our reader stops, and JSON of
  /// the wrong shape at the value the decoder stopped at, by its JSON Pointer.
  private static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> ProviderProfile {
    do {
      return try JSONDecoder().decode(ProviderProfile.self, from: Data(bytes))
    } catch let error as DecodingError {
      throw shapeError(error, in: try JSONDocument(path: path, bytes: bytes))
    } catch {
      throw InputError(
        path: path, location: nil, message: .custom("invalid provider profile: \(error)"),
        lineText: nil)
    }
  }

  /// `error` as a message at the value it is about (or its nearest parent
  /// present in `document`).
  private static func shapeError(_ error: DecodingError, in document: JSONDocument) -> InputError {
    let (path, what): ([any CodingKey], String) =
      switch error {
      case .keyNotFound(let key, let context):
        (context.codingPath, "missing key '\(key.stringValue)'")
      case .typeMismatch(let type, let context):
        (context.codingPath, "expected \(typeName(type))")
      case .valueNotFound(let type, let context):
        (context.codingPath, "expected \(typeName(type)), found null")
      case .dataCorrupted(let context):
        (context.codingPath, context.debugDescription)
      @unknown default: ([], "\(error)")
      }
    let pointer = JSONPointer.make(path.map { $0.intValue.map(String.init) ?? $0.stringValue })
    var node = document.root
    for key in path {
      guard let next = key.intValue.map({ node[$0] }) ?? node[key.stringValue] else { break }
      node = next
    }
    return InputError(
      in: document.file, at: node.byteRange.lowerBound,
      .custom("invalid provider profile: \(what) at '\(pointer.isEmpty ? "/" : pointer)'"))
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    case is Int.Type, is Double.Type: "a number"
    case is [Any].Type: "an array"
    default: "\(type)"
    }
  }

  /// The profile a page is written for: front matter and title count most.
  public func detect(title: String?, pageID: String?, body: String) -> ProviderProfile {
    detected(title: title, pageID: pageID, bodyBytes: Array(body.utf8)[...], body: { body })
      .profile
  }

  /// The detected profile, merged with the generic fallback and folded, for
  /// a body given as UTF-8 (and as a string on demand).
  func detected(
    title: String?, pageID: String?, bodyBytes: ArraySlice<UInt8>, body: () -> String
  ) -> Prepared.Entry {
    let id = pageID ?? ""
    let head =
      ((title ?? "") + " "
      + (ASCIIText.replacing("_", with: " ", in: id) ?? TextSearch.replacing("_", with: " ", in: id)))
      .lowercased()
    let counts = prepared.phrases.counts(inLowercased: bodyBytes, text: body)
    var best: (Int, Int)?
    var inBody = 0
    for (i, profile) in profiles.enumerated() where !profile.detect.isEmpty {
      var score = 0
      for phrase in profile.detect {
        if TextSearch.contains(phrase, in: head) { score += 100 }
        score += counts[phrase] ?? 0
      }
      if score > 0 { inBody += 1 }
      if score > (best?.1 ?? 0) { best = (i, score) }
    }
    // A page about several providers, none named in its title, is a generic page.
    if let (_, score) = best, score < 100, inBody > 1 { return prepared.generic }
    return best.map { prepared.entries[$0.0] } ?? prepared.generic
  }

  /// The profiles as extraction uses them, worked out when the set is made.
  struct Prepared: Sendable {
    struct Entry: Sendable {
      /// The profile as detected.
      var profile: ProviderProfile
      /// The profile with the generic fallback's settings and labels added.
      var merged: ProviderProfile
      var folded: FoldedProfile
    }

    /// One entry per profile, in order.
    var entries: [Entry]
    var generic: Entry
    /// Every detection phrase, once.
    var phrases: PhraseCounter

    init(_ profiles: [ProviderProfile], generic: ProviderProfile) {
      func entry(_ p: ProviderProfile) -> Entry {
        let merged = p.merged(withFallback: generic)
        return Entry(profile: p, merged: merged, folded: FoldedProfile(merged))
      }
      entries = profiles.map(entry)
      self.generic = entry(generic)
      var seen: Set<String> = []
      phrases = PhraseCounter(profiles.flatMap(\.detect).filter { seen.insert($0).inserted })
    }
  }
}
