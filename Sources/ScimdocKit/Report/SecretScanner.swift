/// Finds secret values in a raw JSON input so reporters can scrub them even
/// from source lines they quote.
///
/// A secret is a string under a key that names a credential (`SecretToken`,
/// `secretToken`, `password`, `clientSecret`, `apiKey`, `authorization`, ...),
/// or the `value` of a `{"key": "<credential name>", "value": ...}` pair as
/// Graph returns secrets.
public enum SecretScanner {
  /// The secret string values in `document`.
  public static func secrets(in document: JSONDocument) -> [String] {
    var out: [String] = []
    var stack = [document.root]
    var visited = 0
    while let node = stack.popLast(), visited < 5_000_000 {
      visited += 1
      if let members = node.members {
        let pairKey = node["key"]?.string ?? node["name"]?.string
        for member in members {
          if let text = member.node.string {
            if isSecretName(member.key)
              || (member.key == "value" && pairKey.map(isSecretName) == true)
            {
              out.append(text)
            }
          } else {
            stack.append(member.node)
          }
        }
      } else if let elements = node.elements {
        stack.append(contentsOf: elements)
      }
    }
    return out
  }

  /// `name.lowercased().filter { $0.isLetter }` for ASCII names, on bytes.
  private static func asciiLetters(_ name: String) -> String? {
    ASCIIText.mapped(name) { b in
      (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") ? b | 0x20 : nil
    }
  }

  /// True for key names that hold credentials.
  public static func isSecretName(_ name: String) -> Bool {
    let folded = asciiLetters(name) ?? name.lowercased().filter { $0.isLetter }
    return [
      "secrettoken", "token", "password", "passwd", "secret", "clientsecret", "apikey",
      "apitoken", "accesstoken", "bearertoken", "authorization", "credential", "credentials",
      "privatekey",
    ].contains(folded) || folded.hasSuffix("secret") || folded.hasSuffix("token")
      || folded.hasSuffix("password")
  }
}
