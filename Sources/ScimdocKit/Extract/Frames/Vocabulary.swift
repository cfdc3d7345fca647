import Foundation

/// The English words the frame matchers read, from `Resources/extraction/vocabulary.json`.
struct Vocabulary: Codable, Sendable {
  var enterVerbs: [String]
  var selectVerbs: [String]
  var onVerbs: [String]
  var offVerbs: [String]
  var onWords: [String]
  var offWords: [String]
  var negations: [String]
  var conditionals: [String]
  var conditionalsAnywhere: [String]
  var interim: [String]
  var fieldWords: [String]
  var verify: [String]
  var testVerbs: [String]
  var roleCues: [String]
  var roleLeads: [String]
  var targetHeaders: [String]
  var sourceHeaders: [String]
  var nonMappingHeaders: [String]
  var matchingHeaders: [String]
  var groupWords: [String]
  var userWords: [String]

  /// The built-in vocabulary (an empty one if the embedded file were unreadable,
  /// which a test rules out).
  static let shared: Vocabulary = {
    guard let text = BuiltInResources.text("extraction/vocabulary.json"),
      let v = try? JSONDecoder().decode(Vocabulary.self, from: Data(text.utf8))
    else {
      return Vocabulary(
        enterVerbs: [], selectVerbs: [], onVerbs: [], offVerbs: [], onWords: [], offWords: [],
        negations: [], conditionals: [], conditionalsAnywhere: [], interim: [], fieldWords: [],
        verify: [], testVerbs: [],
        roleCues: [], roleLeads: [], targetHeaders: [], sourceHeaders: [], nonMappingHeaders: [],
        matchingHeaders: [], groupWords: [], userWords: [])
    }
    return v
  }()

  /// True when `folded` (a ``Clause/folded`` text) has any of `phrases` as whole words.
  static func any(_ phrases: [String], in folded: String) -> Bool {
    phrases.contains { Clause.contains(folded, $0) }
  }

  /// The first of `phrases` found in `folded`, with its position.
  static func first(_ phrases: [String], in folded: String) -> Range<String.Index>? {
    phrases.compactMap { Clause.wordRange(of: $0, in: folded) }.min {
      $0.lowerBound < $1.lowerBound
    }
  }
}
