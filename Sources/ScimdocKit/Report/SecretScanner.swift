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

  /// True for key names that hold credentials: the one list pages and
  /// configs share (``SecretText/isCredentialName(_:)``).
  public static func isSecretName(_ name: String) -> Bool {
    SecretText.isCredentialName(name)
  }
}
