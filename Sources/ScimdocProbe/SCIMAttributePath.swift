import Foundation

/// A SCIM attribute path as a mapping table's target column writes it:
/// `userName`, `name.givenName`, `emails[type eq "work"].value`,
/// `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber`.
public struct SCIMAttributePath: Sendable, Equatable {
  /// The schema URN written before the attribute, if any.
  public var schema: String?
  /// The top-level attribute (`emails`).
  public var attribute: String
  /// The sub-attribute (`value`), if any.
  public var subAttribute: String?
  /// The value filter (`type eq "work"`): its sub-attribute and value.
  public var filter: (attribute: String, value: String)?

  public static func == (a: Self, b: Self) -> Bool {
    a.schema == b.schema && a.attribute == b.attribute && a.subAttribute == b.subAttribute
      && a.filter?.attribute == b.filter?.attribute && a.filter?.value == b.filter?.value
  }

  /// Parses `text`; nil when it is no attribute path (an expression, empty).
  public init?(_ text: String) {
    var rest = Substring(text.trimmingCharacters(in: .whitespaces))
    // The URN is everything up to the last colon before any filter bracket.
    let head = rest.firstIndex(of: "[").map { rest[..<$0] } ?? rest
    if head.lowercased().hasPrefix("urn:"), let colon = head.lastIndex(of: ":") {
      schema = String(rest[..<colon])
      rest = rest[rest.index(after: colon)...]
    }
    if let open = rest.firstIndex(of: "["), let close = rest.lastIndex(of: "]"), open < close {
      let inside = rest[rest.index(after: open)..<close]
      let words = inside.split(separator: " ", maxSplits: 2)
      if words.count == 3, words[1].lowercased() == "eq" {
        let value = words[2].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        filter = (String(words[0]), value)
      }
      let after = rest[rest.index(after: close)...]
      rest = rest[..<open] + after
    }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard let first = parts.first, !first.isEmpty, parts.count <= 2,
      first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "$" })
    else { return nil }
    attribute = String(first)
    subAttribute = parts.count == 2 ? String(parts[1]) : nil
    if subAttribute?.isEmpty == true { return nil }
  }
}
