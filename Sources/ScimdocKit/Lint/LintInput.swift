/// A config read for linting: the loaded model, its source file with secret
/// values masked (for snippets) and a redactor that knows the secret values.
public struct LintInput: Sendable {
  public let config: LoadedConfig
  public let file: SourceFile
  public let redactor: Redactor

  /// Reads and loads the config at `path` (errors never quote a secret).
  public init(path: String, loader: SourceLoader) throws(InputError) {
    let document = try ConfigLoader.parse(path: path, bytes: try loader.readBytes(path))
    // Snippets quote the file with its secret values masked byte for byte.
    // One walk over the document finds the secrets for both.
    let secrets = SecretScanner.secretNodes(in: document)
    file = SecretScanner.masking(document.file, nodes: secrets)
    redactor = Redactor(secrets: secrets.compactMap(\.string))
    config = try ConfigLoader.load(document: document)
  }
}
