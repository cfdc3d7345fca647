/// A reason the tool could not do its job with an input (exit code 2).
///
/// Tool errors are not findings: they are printed compiler-style,
/// `path:line:col: error: message`, followed by the line and a caret.
public struct InputError: Error, Sendable, Equatable {
  public var path: String
  public var location: SourceLocation?
  public var message: Message
  /// The text of the offending line, for the caret snippet.
  public var lineText: String?
  /// Further lines (for example "first defined here").
  public var notes: [String]

  public init(
    path: String, location: SourceLocation?, message: Message, lineText: String?,
    notes: [String] = []
  ) {
    self.path = path
    self.location = location
    self.message = message
    self.lineText = lineText
    self.notes = notes
  }

  /// Makes an error at byte `offset` of `file`, with the line for the caret.
  public init(in file: SourceFile, at offset: Int, _ message: Message, notes: [String] = []) {
    let loc = file.location(at: offset)
    self.init(
      path: file.path, location: loc, message: message, lineText: file.lineText(loc.line),
      notes: notes)
  }

  /// `path:line:col: error: message`, the line, and a caret under the column.
  public var rendered: String {
    var out = path
    if let location { out += ":\(location.line):\(location.column)" }
    out += ": error: \(message.text)"
    if let lineText, let location {
      out += "\n" + CaretSnippet.line(lineText, limit: 400) + "\n"
      out += CaretSnippet.padding(lineText, column: location.column) + "^"
    }
    for note in notes { out += "\n" + note }
    return out
  }
}

extension InputError {
  /// Every tool-error message, written in one place.
  public enum Message: Sendable, Equatable {
    case fileNotFound
    case notAFile
    case unreadable(String)
    case tooLarge(size: Int, limit: Int)
    case binary
    case invalidUTF8(offset: Int)
    case yaml(String)
    case duplicateKey(String, firstLine: Int)
    case aliasLimit(Int)
    case depthLimit(Int)
    case tooManyNodes(Int)
    case frontMatterUnterminated
    case invalidDate(String)
    case json(String)
    case config(String)
    case custom(String)

    /// The human text.
    public var text: String {
      switch self {
      case .fileNotFound: "no such file or directory"
      case .notAFile: "is a directory, not a file"
      case .unreadable(let why): "cannot read file: \(why)"
      case .tooLarge(let size, let limit):
        "file is \(size) bytes, over the \(limit)-byte limit (raise it with --max-file-size)"
      case .binary: "file looks binary (it contains NUL bytes), not a text page"
      case .invalidUTF8(let offset): "invalid UTF-8 byte at byte offset \(offset)"
      case .yaml(let what): what
      case .duplicateKey(let key, let firstLine):
        "duplicate key '\(key)' (first defined on line \(firstLine))"
      case .aliasLimit(let n):
        "too many alias expansions (over \(n)): possible alias bomb"
      case .depthLimit(let n): "nesting deeper than \(n) levels"
      case .tooManyNodes(let n): "front matter has more than \(n) YAML nodes"
      case .frontMatterUnterminated: "front matter opened with '---' is never closed"
      case .invalidDate(let text): "'\(text)' is not a valid date (expected YYYY-MM-DD)"
      case .json(let what): what
      case .config(let what): what
      case .custom(let what): what
      }
    }
  }
}
