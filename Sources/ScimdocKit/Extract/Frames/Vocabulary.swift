import Foundation

/// The English words the frame matchers read, from `Resources/extraction/vocabulary.json`.
struct Vocabulary: Codable, Sendable {
  var enterVerbs: Phrases
  var selectVerbs: Phrases
  var onVerbs: Phrases
  var offVerbs: Phrases
  var onWords: Phrases
  var offWords: Phrases
  var negations: Phrases
  var conditionals: Phrases
  var conditionalsAnywhere: Phrases
  var interim: Phrases
  var fieldWords: Phrases
  var verify: Phrases
  var testVerbs: Phrases
  var roleCues: Phrases
  var roleLeads: Phrases
  var targetHeaders: Phrases
  var sourceHeaders: Phrases
  var nonMappingHeaders: Phrases
  var matchingHeaders: Phrases
  var groupWords: Phrases
  var userWords: Phrases
  /// Words that make what follows an illustration ("for example").
  var exampleMarkers: Phrases
  /// Words that do not name a placeholder ("is", "the", "your").
  var placeholderStopWords: Phrases
  /// Words that make a list's lead-in turn its switches on ("Supported actions:").
  var onLeadWords: Phrases
  /// Sentences that state a switch without naming its label ("the user
  /// attributes that are synchronized from A to B": users are provisioned).
  var statements: [Statement]

  /// A phrase (`{object}` stands for a user or group word, `*` for one to six
  /// words) and the switch it states.
  struct Statement: Codable, Sendable {
    var phrase: String
    /// A JSON Pointer; `{object}` is the object the phrase names.
    var key: String
    var value: Bool
  }

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
        matchingHeaders: [], groupWords: [], userWords: [], exampleMarkers: [],
        placeholderStopWords: [], onLeadWords: [], statements: [])
    }
    return v
  }()

  /// True when `folded` (a ``Clause/folded`` text) has any of `phrases` as whole words.
  /// `words` (the text's ``WordMask``) rules out the phrases one of whose words
  /// the text lacks without searching for them.
  static func any(_ phrases: Phrases, in folded: String, words: WordMask? = nil) -> Bool {
    phrases.indices.contains { i in
      (words?.covers(phrases.words[i]) ?? true) && Clause.contains(folded, phrases[i])
    }
  }

  /// ``any(_:in:words:)`` for a clause.
  static func any(_ phrases: Phrases, in clause: Clause) -> Bool {
    any(phrases, in: clause.folded, words: clause.words)
  }

  /// The first of `phrases` found in `folded`, with its position.
  static func first(_ phrases: Phrases, in folded: String, words: WordMask? = nil) -> Range<
    String.Index
  >? {
    phrases.indices.lazy.filter { words?.covers(phrases.words[$0]) ?? true }
      .compactMap { Clause.wordRange(of: phrases[$0], in: folded) }.min {
        $0.lowerBound < $1.lowerBound
      }
  }
}

/// A vocabulary list: folded phrases with their words (see ``WordMask``),
/// read from JSON as a plain array of strings.
struct Phrases: Codable, Sendable, RandomAccessCollection, ExpressibleByArrayLiteral {
  let phrases: [String]
  /// Each phrase's words, computed once.
  let words: [WordMask]
  /// The same words for a paragraph's ``ParagraphWords``.
  let paragraphWords: [PhraseWords]

  init(_ phrases: [String]) {
    self.phrases = phrases
    words = phrases.map { WordMask($0) }
    paragraphWords = phrases.map { PhraseWords($0) }
  }

  init(arrayLiteral elements: String...) { self.init(elements) }

  init(from decoder: Decoder) throws {
    self.init(try decoder.singleValueContainer().decode([String].self))
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(phrases)
  }

  var startIndex: Int { 0 }
  var endIndex: Int { phrases.count }
  subscript(i: Int) -> String { phrases[i] }

  static func + (a: Phrases, b: Phrases) -> Phrases { Phrases(a.phrases + b.phrases) }
}
