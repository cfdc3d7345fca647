import Foundation

/// Replaces known secret values with `[REDACTED]` in any text.
public struct Redactor: Sendable {
  /// The placeholder written instead of a secret (SARIF `redactionTokens`).
  public static let token = "[REDACTED]"

  /// Secret values to scrub (values shorter than 4 characters, or the masked
  /// `*` Graph returns, are ignored: they are not secrets and would scrub text).
  public private(set) var secrets: [String]

  public init(secrets: [String] = []) {
    self.secrets = []
    for secret in secrets { add(secret) }
  }

  /// Adds a secret to scrub.
  public mutating func add(_ secret: String) {
    let trimmed = secret.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.count >= 4, !secrets.contains(trimmed) else { return }
    secrets.append(trimmed)
    // Longest first so a secret containing another is scrubbed whole.
    secrets.sort { $0.count > $1.count }
  }

  /// `text` with every secret, every `Bearer <token>` value and every URL
  /// password replaced.
  public func scrub(_ text: String) -> String {
    var out = text
    for secret in secrets where out.contains(secret) {
      out = out.replacingOccurrences(of: secret, with: Redactor.token)
    }
    return Redactor.scrubURLCredentials(Redactor.scrubBearer(out))
  }

  /// The scrubbing ``scrub(_:)`` does besides known secrets: bearer tokens
  /// and URL passwords.
  static func scrubPatterns(_ text: String) -> String {
    scrubURLCredentials(scrubBearer(text))
  }

  /// False only when `bytes` can hold neither pattern of ``scrubPatterns(_:)``
  /// (no `@`, no "bearer " in any ASCII case).
  static func mayNeedScrubbing(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.contains(UInt8(ascii: "@")) || PrettyJSONWriter.hasBearer(bytes)
  }

  /// Replaces the password in URLs written `scheme://user:password@host`,
  /// also as JSON escapes them (`:\/\/`).
  static func scrubURLCredentials(_ text: String) -> String {
    guard text.contains("@") else { return text }
    let range = NSRange(text.startIndex..., in: text)
    return userInfo.stringByReplacingMatches(
      in: text, range: range, withTemplate: "$1$2:\(Redactor.token)@")
  }

  /// `//` or `\/\/`, a user name, `:`, a password, `@`.
  private static let userInfo: NSRegularExpression = {
    let pattern = #"(//|\\/\\/)([^\s/:@"'<>]+):[^\s/@"'<>]+@"#
    do {
      return try NSRegularExpression(pattern: pattern)
    } catch {
      preconditionFailure("invalid built-in pattern: \(error)")
    }
  }()

  /// Replaces the credential after `Bearer ` (case-insensitive).
  static func scrubBearer(_ text: String) -> String {
    // Case folding maps no non-ASCII character into "bearer ": without its
    // ASCII bytes in any case, the Foundation search cannot succeed.
    guard TextSearch.mayContain("bearer ", in: text, ignoringCase: true),
      text.range(of: "bearer ", options: .caseInsensitive) != nil
    else { return text }
    var out = ""
    var rest = Substring(text)
    while let r = rest.range(of: "bearer ", options: .caseInsensitive) {
      out += rest[..<r.upperBound]
      rest = rest[r.upperBound...]
      let end =
        rest.firstIndex(where: { " \"\n',\\".contains($0) })
        ?? rest.endIndex
      if rest.distance(from: rest.startIndex, to: end) >= 4 && !rest.hasPrefix(Redactor.token) {
        out += Redactor.token
      } else {
        out += rest[..<end]
      }
      rest = rest[end...]
    }
    return out + rest
  }
}
