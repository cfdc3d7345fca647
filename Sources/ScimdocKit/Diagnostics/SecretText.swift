/// Secrets written in a page, found where the extractor reads text: a URL's
/// password (`https://user:password@host`), a credential after `Bearer ` or
/// `Basic `, and a token-like literal in a sentence about a credential ("In
/// the **API Token** field, enter `3f9a...`"). What the extractor keeps is
/// masked here, value by value, before any output is rendered: manifests,
/// checklists and the build cache never hold the secret, and ordinary words
/// ("Bearer token", "Bearer authentication") are left as they are.
public enum SecretText {
  /// What a secret is shown as.
  public static let marker = "(secret)"

  /// Credential names, folded to their ASCII letters (`x-api-key` is
  /// `xapikey`): one list for pages and configs.
  public static let credentialNames: Set<String> = [
    "secrettoken", "token", "password", "passwd", "pwd", "secret", "clientsecret", "apikey",
    "apitoken", "accesstoken", "bearertoken", "authorization", "authorizationheader",
    "credential", "credentials", "privatekey", "appkey", "tokenkey", "consumerkey",
    "consumersecret", "oauthauthorizationcode", "authorizationcode", "connectionstring",
    "secretkey", "accesskey", "xapikey", "sharedkey", "secrettext", "clientkey", "signingkey",
    "refreshtoken", "sastoken",
  ]

  /// True for a key or label that names a credential (`SecretToken`,
  /// `client_secret`, `x-api-key`, `Oauth2AuthorizationCode`).
  public static func isCredentialName(_ name: String) -> Bool {
    let folded = String(
      decoding: name.utf8.compactMap { b -> UInt8? in
        let lower = b | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") ? lower : nil
      }, as: UTF8.self)
    return credentialNames.contains(folded) || folded.hasSuffix("secret")
      || folded.hasSuffix("token") || folded.hasSuffix("password") || folded.hasSuffix("apikey")
      || folded.hasSuffix("secretkey") || folded.hasSuffix("accesskey")
  }

  /// Words that make a sentence about a credential.
  private static let credentialWords = [
    "token", "secret", "password", "api key", "apikey", "authorization", "credential",
  ]

  /// True when `text` holds something ``masked(_:)`` would hide.
  public static func holdsSecret(_ text: String) -> Bool {
    mayHold(text) && !secretRanges(Array(text.utf8)).isEmpty
  }

  /// ``mayHold(_:)`` for a string: false for most text, at the cost of one scan.
  private static func mayHold(_ text: String) -> Bool {
    text.utf8.count >= 8 && (text.utf8.withContiguousStorageIfAvailable(mayHold) ?? true)
  }

  /// `text` with every secret replaced by ``marker``; linear in the text.
  public static func masked(_ text: String) -> String {
    guard mayHold(text) else { return text }
    let bytes = Array(text.utf8)
    let ranges = secretRanges(bytes)
    guard !ranges.isEmpty else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var at = 0
    for range in ranges {
      out += bytes[at..<range.lowerBound]
      out += marker.utf8
      at = range.upperBound
    }
    out += bytes[at...]
    return String(decoding: out, as: UTF8.self)
  }

  /// `bytes` with every secret overwritten by `*`, byte for byte: for a
  /// source file that is parsed and quoted afterwards, every position stays.
  public static func overwritten(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.count >= 8, bytes.withUnsafeBufferPointer(mayHold) else { return bytes }
    var out = bytes
    for range in secretRanges(bytes) {
      for i in range { out[i] = UInt8(ascii: "*") }
    }
    return out
  }

  /// The byte ranges of the secrets in `bytes`, ascending and disjoint.
  static func secretRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    let aboutCredential = credentialWordBytes.contains { TextSearch.occurs($0, in: lower) }
    var ranges: [Range<Int>] = []
    var i = 0
    // Inside a URL only its password and credential parameters are secrets:
    // its host and path are never taken for a token.
    var inURL = false
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: ":"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"),
        bytes[i + 2] == UInt8(ascii: "/")
      {
        inURL = true
      } else if b <= 0x20 || b == UInt8(ascii: "`") || b == UInt8(ascii: "\"")
        || b == UInt8(ascii: "'") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">")
        || b == UInt8(ascii: ")")
      {
        inURL = false
      }
      // `scheme://user:password@`: the password goes.
      if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/"),
        let (colon, at) = userInfo(bytes, from: i + 2)
      {
        ranges.append((colon + 1)..<at)
        i = at + 1
        continue
      }
      // `?access_token=...`, `&api_key=...`: the value goes.
      if b == UInt8(ascii: "?") || b == UInt8(ascii: "&"),
        let (equals, end) = credentialParameter(bytes, from: i + 1)
      {
        ranges.append((equals + 1)..<end)
        i = end
        continue
      }
      let wordStart = i == 0 || !isTokenByte(bytes[i - 1])
      // `Bearer <credential>`, `Basic <credential>`.
      if wordStart, lower[i] == UInt8(ascii: "b"), let scheme = authScheme(lower, at: i) {
        let start = i + scheme
        let end = tokenEnd(bytes, from: start)
        if isTokenLike(bytes[start..<end]) {
          ranges.append(start..<end)
          i = end
          continue
        }
      }
      // A long random-looking literal in a sentence about a credential.
      if wordStart, aboutCredential, !inURL, isTokenByte(b) {
        // At least one byte: a lone `.` or `,` is no token but still moves on.
        let end = max(i + 1, tokenEnd(bytes, from: i))
        if end - i >= 16, isTokenLike(bytes[i..<end]), !lower[i...].starts(with: http) {
          ranges.append(i..<end)
        }
        i = end
        continue
      }
      i += 1
    }
    return ranges
  }

  /// False when `bytes` cannot hold anything ``masked(_:)`` hides: no `@`
  /// (a URL's password), no `=` (a query parameter), no `bearer `/`basic `
  /// and no run of 16 token bytes. One pass, no copy: most text a manifest
  /// keeps is plain prose and leaves here.
  static func mayHold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var run = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == UInt8(ascii: "@") || b == UInt8(ascii: "=") { return true }
      if b | 0x20 == UInt8(ascii: "b"), i + 6 <= n,
        follows(bearerTail, in: bytes, at: i + 1) || follows(basicTail, in: bytes, at: i + 1)
      {
        return true
      }
      if isTokenByte(b) {
        run += 1
        if run >= 16 { return true }
      } else {
        run = 0
      }
      i += 1
    }
    return false
  }

  private static let bearerTail = Array("earer ".utf8)
  private static let basicTail = Array("asic ".utf8)

  /// True when `tail` (lowercase) follows at `at` in any ASCII case.
  private static func follows(_ tail: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at: Int)
    -> Bool
  {
    guard at + tail.count <= bytes.count else { return false }
    for k in tail.indices where bytes[at + k] | 0x20 != tail[k] && tail[k] != 0x20 {
      return false
    }
    return bytes[at + tail.count - 1] == 0x20
  }

  /// The `:` and `@` of `user:password@` starting at `from`, within the
  /// authority. A user name alone that looks like a token
  /// (`https://3f9a...@host`) is the credential: then the "colon" is the
  /// byte before it, so all of it is masked.
  private static func userInfo(_ bytes: [UInt8], from: Int) -> (Int, Int)? {
    var colon: Int?
    var j = from
    while j < bytes.count {
      switch bytes[j] {
      case UInt8(ascii: ":") where colon == nil: colon = j
      case UInt8(ascii: "@"):
        if colon == nil, isTokenLike(bytes[from..<j]) { return (from - 1, j) }
        guard let colon, colon > from, j > colon + 1 else { return nil }
        return (colon, j)
      case UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"),
        UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "`"), UInt8(ascii: "?"), UInt8(ascii: "#"):
        return nil
      default: break
      }
      j += 1
    }
    return nil
  }

  /// Query parameter names that carry credentials besides ``credentialNames``.
  private static let parameterNames: Set<String> = ["key", "sig", "signature", "code", "auth"]

  /// The `=` and the value's end of a credential query parameter at `from`.
  private static func credentialParameter(_ bytes: [UInt8], from: Int) -> (Int, Int)? {
    var j = from
    while j < bytes.count, isTokenByte(bytes[j]), bytes[j] != UInt8(ascii: "=") { j += 1 }
    guard j > from, j < bytes.count, bytes[j] == UInt8(ascii: "=") else { return nil }
    let name = String(decoding: bytes[from..<j], as: UTF8.self)
    guard isCredentialName(name) || parameterNames.contains(name.lowercased()) else { return nil }
    var end = j + 1
    while end < bytes.count,
      ![
        UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: " "), UInt8(ascii: "\""),
        UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: ")"), UInt8(ascii: ">"),
        UInt8(ascii: "\n"),
      ].contains(bytes[end])
    {
      end += 1
    }
    return end > j + 1 ? (j, end) : nil
  }

  private static let credentialWordBytes = credentialWords.map { Array($0.utf8) }

  private static let schemes = ["bearer ", "basic "].map { Array($0.utf8) }
  private static let http = Array("http".utf8)

  /// The length of `bearer ` or `basic ` at `i` in the lowered bytes.
  private static func authScheme(_ lower: [UInt8], at i: Int) -> Int? {
    for scheme in schemes where lower[i...].starts(with: scheme) { return scheme.count }
    return nil
  }

  private static func tokenEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var end = start
    while end < bytes.count, isTokenByte(bytes[end]) { end += 1 }
    // A sentence's full stop or comma is not part of the credential.
    while end > start, [UInt8(ascii: "."), UInt8(ascii: ",")].contains(bytes[end - 1]) {
      end -= 1
    }
    return end
  }

  /// Letters, digits and the characters of base64, JWTs and hex tokens.
  private static func isTokenByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
      || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
      || b == UInt8(ascii: "+") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")
      || b == UInt8(ascii: "~")
  }

  /// A credential, not a word: eight characters or more, with a digit or
  /// with capitals after the first letter ("abc123...", "eyJhbGciOi...").
  /// "token", "authentication" and "YOUR_TOKEN" stay.
  private static func isTokenLike(_ s: ArraySlice<UInt8>) -> Bool {
    guard s.count >= 8 else { return false }
    let digits = s.contains { $0 >= 0x30 && $0 <= 0x39 }
    let lowers = s.contains { $0 >= 0x61 && $0 <= 0x7A }
    let inner = s.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A }
    return digits || (lowers && inner)
  }
}
