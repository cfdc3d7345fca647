/// JSON Pointer (RFC 6901) helpers.
public enum JSONPointer {
  /// Escapes one reference token: `~` → `~0`, `/` → `~1`.
  public static func escape(_ token: String) -> String {
    guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
    var out = ""
    for scalar in token.unicodeScalars {
      switch scalar {
      case "~": out += "~0"
      case "/": out += "~1"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Unescapes one reference token, or nil when it holds a bad `~` escape.
  public static func unescape(_ token: Substring) -> String? {
    guard token.contains("~") else { return String(token) }
    var out = ""
    var iterator = token.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "~" {
        switch iterator.next() {
        case "0": out += "~"
        case "1": out += "/"
        default: return nil
        }
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The unescaped reference tokens of `pointer`, or nil when it is malformed.
  public static func tokens(of pointer: String) -> [String]? {
    if pointer.isEmpty { return [] }
    guard pointer.hasPrefix("/") else { return nil }
    var tokens: [String] = []
    for part in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      guard let token = unescape(part) else { return nil }
      tokens.append(token)
    }
    return tokens
  }

  /// Joins tokens into a pointer, escaping each.
  public static func make(_ tokens: [String]) -> String {
    tokens.map { "/" + escape($0) }.joined()
  }

  /// Appends one token to `pointer`.
  public static func appending(_ token: String, to pointer: String) -> String {
    pointer + "/" + escape(token)
  }

  /// The array index a token names (`0` or digits without a leading zero).
  static func arrayIndex(_ token: String) -> Int? {
    guard let first = token.utf8.first, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      first != 0x30 || token.utf8.count == 1
    else { return nil }
    return Int(token)
  }
}
