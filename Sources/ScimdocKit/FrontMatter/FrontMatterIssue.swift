/// A non-fatal oddity in front matter, with where it is.
///
/// Issues do not stop a page from being read; site checks decide how severe
/// each one is.
public struct FrontMatterIssue: Sendable, Equatable {
  /// What kind of oddity.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// The YAML root is not a mapping.
    case notAMapping = "not_a_mapping"
    /// A known key has a value of the wrong type (`warning: maybe`).
    case wrongType = "wrong_type"
    /// A date written without leading zeros (`2022-1-14`).
    case unpaddedDate = "unpadded_date"
    /// `updated` is not shaped like a date at all.
    case notADate = "not_a_date"
    /// Curly quotes in the title.
    case curlyQuotes = "curly_quotes"
    /// A contextual link entry with a missing or unknown `type`.
    case unknownLinkType = "unknown_link_type"
    /// A `link` entry with a missing or empty `url`.
    case linkWithoutURL = "link_without_url"
    /// An entry with a missing or empty `name`.
    case linkWithoutName = "link_without_name"
    /// A `url` with leading or trailing whitespace.
    case urlWhitespace = "url_whitespace"
    /// The first contextual link entry is not a `section`.
    case firstLinkNotSection = "first_link_not_section"
  }

  public var kind: Kind
  public var message: String
  public var range: SourceRange

  public init(_ kind: Kind, _ message: String, at range: SourceRange) {
    self.kind = kind
    self.message = message
    self.range = range
  }
}
