import Foundation
import Testing

@testable import ScimdocKit

/// ``FoldedProfile`` (labels folded once per page) and the ASCII fast path of
/// ``ProviderProfile/fold(_:)`` against their simple twins: the profile's own
/// lookups and `lowercased()`/`split`, on every profile label and value word
/// and on every bold phrase of the corpus pages.
@Suite struct FoldedProfileTwinTests {
  /// Bold phrases (`**X**`) of the corpus pages, and every label and value
  /// word of the built-in profiles, as written and upper-cased.
  static let phrases: [String] = {
    var out: Set<String> = []
    for profile in TestPipeline.profiles.profiles {
      for setting in profile.settings {
        for label in setting.labels + Array((setting.values ?? [:]).keys) {
          out.insert(label)
          out.insert(label.uppercased())
          out.insert("  " + label + ".")
        }
      }
    }
    guard let corpus = TestPaths.shared("corpus", for: "FoldedProfile twin on the corpus") else {
      return out.sorted()
    }
    let regex = try? NSRegularExpression(pattern: #"\*\*([^*\n]{1,80})\*\*"#)
    let files = FileManager.default.enumerator(atPath: corpus.path)?.allObjects as? [String] ?? []
    for file in files where file.hasSuffix(".md") {
      guard let text = try? String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
      else { continue }
      let ns = text as NSString
      for m in regex?.matches(in: text, range: NSRange(location: 0, length: ns.length)) ?? [] {
        out.insert(ns.substring(with: m.range(at: 1)))
      }
    }
    return out.sorted()
  }()

  @Test func foldedLookupsAnswerAsTheProfile() {
    #expect(Self.phrases.count > 100)
    var compared = 0
    for profile in TestPipeline.profiles.profiles {
      let folded = FoldedProfile(profile)
      for phrase in Self.phrases {
        #expect(folded.setting(forLabel: phrase) == profile.setting(forLabel: phrase), "\(phrase)")
        let fast = folded.valueWord(folded: ProviderProfile.fold(phrase)).map {
          (folded.setting(at: $0.setting), $0.value)
        }
        let simple = profile.setting(forValueWord: phrase)
        #expect(fast?.0 == simple?.0 && fast?.1 == simple?.1, "\(profile.id): \(phrase)")
        compared += 1
      }
    }
    #expect(compared > 0)
  }

  @Test func asciiFoldIsTheSimpleFold() {
    for phrase in Self.phrases {
      guard let fast = TextSearch.asciiFold(phrase) else { continue }
      let simple = phrase.lowercased().split(whereSeparator: { $0.isWhitespace })
        .joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .:"))
      #expect(fast == simple, "\(phrase)")
    }
  }
}
