import Foundation
import ScimdocKit

/// One hostile input for the library: how to make its bytes, which reader
/// gets them, and what must happen (an ``InputError`` with a position, or a
/// normal return), always within the time and memory bounds.
struct HostileCase: Sendable, CustomStringConvertible {
  /// The reader the bytes go through.
  enum Reader: Sendable {
    /// `SourceFile` then `PageParser.parse` then page analysis.
    case page
    /// `JSONDocument(path:bytes:)`.
    case json
    /// `ConfigLoader.load(path:bytes:)`.
    case config
    /// Written to a file and read with `SourceLoader(maxFileSize:)`.
    case file(maxSize: Int)
  }

  /// What the reader must do.
  enum Expect: Sendable {
    /// Throw an ``InputError`` whose message names a line and column.
    case positionedError
    /// Throw an ``InputError`` (no position exists, e.g. a whole-file limit),
    /// whose rendering contains the text.
    case error(String)
    /// Return normally (Markdown never fails; odd but legal input).
    case completes
    /// Either return or throw a positioned ``InputError``.
    case completesOrPositionedError
  }

  var name: String
  var reader: Reader
  var expect: Expect
  var make: @Sendable () -> [UInt8]

  var description: String { name }

  /// Runs the case, returning the error thrown (if any) and a size summary.
  func run() -> (error: InputError?, summary: String) {
    let bytes = make()
    do {
      switch reader {
      case .page:
        let file = try SourceFile(path: "hostile.md", bytes: bytes)
        let page = try PageParser.parse(file)
        _ = PageAnalyzer.analyze(file)
        return (nil, "\(page.headings.count) headings, \(page.document.children.count) blocks")
      case .json:
        let doc = try JSONDocument(path: "hostile.json", bytes: bytes)
        return (nil, "\(doc.nodeCount) nodes")
      case .config:
        let loaded = try ConfigLoader.load(path: "hostile.json", bytes: bytes)
        return (nil, "format \(loaded.format)")
      case .file(let maxSize):
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
          "scimdoc-hostile-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: url) }
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        let file = try SourceLoader(maxFileSize: maxSize).load(url.path)
        let page = try PageParser.parse(file)
        return (nil, "\(page.document.children.count) blocks")
      }
    } catch {
      return (error, "")
    }
  }
}

/// Byte builders for the catalogue.
enum Hostile {
  static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

  static func repeated(_ unit: String, _ count: Int, prefix: String = "", suffix: String = "")
    -> [UInt8]
  {
    utf8(prefix + String(repeating: unit, count: count) + suffix)
  }

  /// A page with the given YAML between `---` lines and a one-line body.
  static func page(yaml: String) -> [UInt8] {
    utf8("---\n\(yaml)\n---\n\n# Heading\n\nBody text.\n")
  }

  /// Billion laughs: each level lists the previous anchor ten times.
  static func aliasBomb(levels: Int) -> String {
    var yaml = "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
    for level in 1...levels {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      yaml += "a\(level): &a\(level) [\(refs)]\n"
    }
    return yaml + "title: boom"
  }

  /// List items each indented one level deeper than the last.
  static func nestedLists(_ depth: Int) -> [UInt8] {
    var out = ""
    for level in 0..<depth { out += String(repeating: "  ", count: level) + "- item\n" }
    return utf8(out)
  }

  /// About `megabytes` of ordinary Markdown: headings, paragraphs, lists,
  /// code, tables, links, so every block and inline path gets load.
  static func largePage(megabytes: Int) -> [UInt8] {
    var unit = "---\ntitle: Large page\n---\n\n"
    var section = ""
    section += "## Section NAME\n\nSome *emphasis*, `code`, a [link](#section-name) and **strong** "
    section += "text with a <span>tag</span> and an &amp; entity.\n\n"
    section += "1. Step one: select **Save**.\n1. Step two.\n   > A note inside.\n\n"
    section += "| Attribute | Value |\n|---|---|\n| `userName` | `mail` |\n\n"
    section += "```json\n{\"a\": 1}\n```\n\n"
    var i = 0
    let target = megabytes << 20
    unit.reserveCapacity(target + 512)
    while unit.utf8.count < target {
      unit += section.replacingOccurrences(of: "NAME", with: String(i))
      i += 1
    }
    return utf8(unit)
  }
}
