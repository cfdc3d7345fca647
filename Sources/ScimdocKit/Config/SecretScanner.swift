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
    secretNodes(in: document).compactMap(\.string)
  }

  /// The string nodes that hold secrets: values under credential-named keys
  /// (or the `value` of a credential-named `key`/`name` pair), and any string
  /// holding a URL password, a bearer credential or a credential parameter.
  static func secretNodes(in document: JSONDocument) -> [JSONNode] {
    secretNodes(under: document.root)
  }

  /// ``secretNodes(in:)`` for the value `root` and everything inside it.
  static func secretNodes(under root: JSONNode) -> [JSONNode] {
    var out: [JSONNode] = []
    // Each node with whether it is the object value of a credential-named
    // key (OneLogin: `"scim_bearer_token": {"label": ..., "value": ...}`).
    var stack = [(root, false)]
    var visited = 0
    while let (node, named) = stack.popLast(), visited < 5_000_000 {
      visited += 1
      if let members = node.members {
        let pairKey = node["key"]?.string ?? node["name"]?.string ?? node["label"]?.string
        let secretPair = named || pairKey.map(isSecretName) == true
        for member in members {
          if let text = member.node.string {
            if isSecretName(member.key)
              || (secretPair && valueKeys.contains(member.key))
              || SecretText.holdsSecret(text)
            {
              out.append(member.node)
            }
          } else {
            stack.append((member.node, isSecretName(member.key)))
          }
        }
      } else if let elements = node.elements {
        for element in elements {
          if let text = element.string {
            if SecretText.holdsSecret(text) { out.append(element) }
          } else {
            stack.append((element, false))
          }
        }
      }
    }
    return out
  }

  /// `file` with the bytes of each secret string of `nodes` (from
  /// ``secretNodes(in:)``), inside its quotes, escapes and all, replaced by
  /// `*`: the same length, so every position and caret still lines up, and
  /// no spelling of a secret is left for a quoted line to show.
  static func masking(_ file: SourceFile, nodes: [JSONNode]) -> SourceFile {
    let ranges = nodes.map { SecretMasking.inside($0) }
    guard !ranges.isEmpty else { return file }
    var bytes = file.bytes
    for range in ranges {
      let r = range.clamped(to: 0..<bytes.count)
      bytes.replaceSubrange(r, with: repeatElement(UInt8(ascii: "*"), count: r.count))
    }
    return (try? SourceFile(path: file.path, bytes: bytes)) ?? file
  }

  /// The keys that hold a credential-named pair's value.
  static let valueKeys: Set<String> = ["value", "values", "default_values"]

  /// True for key names that hold credentials: the one list pages and
  /// configs share (``SecretText/isCredentialName(_:)``).
  public static func isSecretName(_ name: String) -> Bool {
    SecretText.isCredentialName(name)
  }
}
