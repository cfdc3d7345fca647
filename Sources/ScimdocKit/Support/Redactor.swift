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
    guard trimmed.count >= 4, known.insert(trimmed).inserted else { return }
    secrets.append(trimmed)
    trie.insert(trimmed)
  }

  private var known: Set<String> = []
  /// The secrets as a byte trie: ``scrub(_:)`` reads the text once, taking
  /// the longest secret at each place (so a secret containing another is
  /// scrubbed whole), and 2,000 secrets over a minified export cost one
  /// pass, not one pass per secret.
  private var trie = SecretTrie()

  /// `text` with every secret, every `Bearer <token>` value and every URL
  /// password replaced.
  public func scrub(_ text: String) -> String {
    Redactor.scrubURLCredentials(Redactor.scrubBearer(trie.replacing(in: text)))
  }

  /// `file` with every known secret overwritten by `*` (same length, so
  /// carets line up): the source a report quotes lines from.
  public func masking(_ file: SourceFile) -> SourceFile {
    guard !secrets.isEmpty else { return file }
    let bytes = trie.overwriting(file.bytes)
    guard bytes != file.bytes else { return file }
    return (try? SourceFile(path: file.path, bytes: bytes)) ?? file
  }

  /// The scrubbing ``scrub(_:)`` does besides known secrets: bearer tokens
  /// and URL passwords.
  static func scrubPatterns(_ text: String) -> String {
    scrubURLCredentials(scrubBearer(text))
  }

  /// False only when `bytes` can hold neither pattern of ``scrubPatterns(_:)``
  /// (no `@`, no "bearer " in any ASCII case).
  static func mayNeedScrubbing<C: RandomAccessCollection<UInt8>>(_ bytes: C) -> Bool
  where C.Index == Int {
    bytes.contains(UInt8(ascii: "@")) || PrettyJSONWriter.hasBearer(bytes)
  }

  /// Replaces the password in URLs written `scheme://user:password@host`,
  /// also as JSON escapes them (`:\/\/`).
  static func scrubURLCredentials(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "@")) else { return text }
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

  /// Replaces the credential after `Bearer ` (ASCII case-insensitive; no
  /// other character folds into those letters). The credential runs to the
  /// next space, quote, apostrophe, comma, backslash or line end; one shorter
  /// than four characters is left alone.
  static func scrubBearer(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard PrettyJSONWriter.hasBearer(bytes[...]) else { return text }
    let word = PrettyJSONWriter.bearer
    let token = Array(Redactor.token.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + token.count)
    var i = 0
    while i < bytes.count {
      guard PrettyJSONWriter.bearerStarts(at: i, in: bytes) else {
        out.append(bytes[i])
        i += 1
        continue
      }
      out.append(contentsOf: bytes[i..<i + word.count])
      i += word.count
      var end = i
      var characters = 0
      while end < bytes.count, !isCredentialEnd(bytes[end]) {
        if bytes[end] & 0xC0 != 0x80 { characters += 1 }
        end += 1
      }
      if characters >= 4 && !bytes[i...].starts(with: token) && !isOrdinaryWord(bytes[i..<end]) {
        out.append(contentsOf: token)
      } else {
        out.append(contentsOf: bytes[i..<end])
      }
      i = end
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A word, not a credential: "Bearer **Token**", "Bearer authentication.":
  /// up to 14 ASCII letters, lowercase after the first, then at most one
  /// punctuation mark. A credential has digits, inner capitals or length.
  static func isOrdinaryWord(_ word: ArraySlice<UInt8>) -> Bool {
    var letters = word
    if let last = letters.last, ".:;)!?".utf8.contains(last) { letters = letters.dropLast() }
    guard let first = letters.first, letters.count <= 14,
      (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
    else { return false }
    return letters.dropFirst().allSatisfy { (0x61...0x7A).contains($0) }
  }

  private static func isCredentialEnd(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "'"),
      UInt8(ascii: ","), UInt8(ascii: "\\"), UInt8(ascii: "\r"):
      return true
    default: return false
    }
  }
}

/// Byte trie of secrets for one-pass replacement.
struct SecretTrie: Sendable {
  private var next: [[UInt8: Int32]] = [[:]]
  private var terminal: [Bool] = [false]
  /// The root's children by byte (0: none): most places in a text start no
  /// secret, and this answers them with one array read, not a hash lookup.
  private var root = [Int32](repeating: 0, count: 256)

  /// Adds `secret`.
  mutating func insert(_ secret: String) {
    var node = 0
    for b in secret.utf8 {
      if let n = next[node][b] {
        node = Int(n)
      } else {
        next.append([:])
        terminal.append(false)
        next[node][b] = Int32(next.count - 1)
        if node == 0 { root[Int(b)] = Int32(next.count - 1) }
        node = next.count - 1
      }
    }
    terminal[node] = true
  }

  /// The end of the longest secret starting at `i`, or nil.
  private func match(_ bytes: [UInt8], at i: Int) -> Int? {
    guard i < bytes.count else { return nil }
    var node = Int(root[Int(bytes[i])])
    guard node != 0 else { return nil }
    var j = i + 1
    var end: Int? = terminal[node] ? j : nil
    while j < bytes.count, let n = next[node][bytes[j]] {
      node = Int(n)
      j += 1
      if terminal[node] { end = j }
    }
    return end
  }

  /// `bytes` with each leftmost-longest secret overwritten by `*`, byte for
  /// byte (positions keep their place).
  func overwriting(_ bytes: [UInt8]) -> [UInt8] {
    guard next[0].count > 0 else { return bytes }
    var out = bytes
    var i = 0
    while i < bytes.count {
      if let end = match(bytes, at: i) {
        for k in i..<end { out[k] = UInt8(ascii: "*") }
        i = end
      } else {
        i += 1
      }
    }
    return out
  }

  /// `text` with each leftmost-longest secret replaced by ``Redactor/token``.
  func replacing(in text: String) -> String {
    guard next[0].count > 0 else { return text }
    let bytes = Array(text.utf8)
    let token = Array(Redactor.token.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var changed = false
    var i = 0
    while i < bytes.count {
      if let end = match(bytes, at: i) {
        out += token
        i = end
        changed = true
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return changed ? String(decoding: out, as: UTF8.self) : text
  }
}
