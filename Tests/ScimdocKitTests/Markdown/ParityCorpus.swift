import Foundation

@testable import ScimdocKit

/// Finds the shared corpus and runs `cmark-gfm` for the parity tests.
enum ParityCorpus {
  /// `../shared` next to the package, if present.
  static let shared: URL? = {
    let url = TestPaths.packageRoot.appendingPathComponent("../shared").standardizedFileURL
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
      ? url : nil
  }()

  static let cmarkPath = "/usr/bin/cmark-gfm"
  static var cmarkInstalled: Bool { FileManager.default.isExecutableFile(atPath: cmarkPath) }
  static var available: Bool { shared != nil && cmarkInstalled }

  /// Every `.md` file under `dir` (recursively), sorted.
  static func markdownFiles(under dir: URL) -> [URL] {
    guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else {
      return []
    }
    var out: [URL] = []
    for case let url as URL in e where url.pathExtension == "md" { out.append(url) }
    return out.sorted { $0.path < $1.path }
  }

  /// The pages of the parity run.
  static func pages() -> [URL] {
    guard let shared else { return [] }
    var pages = markdownFiles(under: shared.appendingPathComponent("corpus/postman-docs-2024"))
    pages += markdownFiles(under: shared.appendingPathComponent("corpus/scim-pages/history"))
    pages.append(shared.appendingPathComponent("sample/configuring-scim-with-azure-ad.md"))
    return pages
  }

  /// The bytes with front-matter lines emptied (newlines kept) and the body start.
  static func blankFrontMatter(_ bytes: [UInt8]) -> (blanked: [UInt8], bodyStart: Int) {
    var lines: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
      var j = i
      while j < bytes.count, bytes[j] != 0x0A { j += 1 }
      lines.append(i..<min(j + 1, bytes.count))
      i = j + 1
    }
    func text(_ r: Range<Int>) -> String {
      var s = String(decoding: bytes[r], as: UTF8.self)
      while s.hasSuffix("\n") || s.hasSuffix("\r") { s.removeLast() }
      return s
    }
    guard let first = lines.first, text(first) == "---" else { return (bytes, 0) }
    var close: Int? = nil
    for k in 1..<lines.count {
      let t = text(lines[k])
      if t.hasPrefix("---"), t.dropFirst(3).allSatisfy({ $0 == " " || $0 == "\t" }) {
        close = k
        break
      }
    }
    guard let close else { return (bytes, 0) }
    var out = bytes
    for r in lines[0...close] {
      for k in r where out[k] != 0x0A && out[k] != 0x0D { out[k] = 0 }
    }
    out.removeAll { $0 == 0 }
    // Byte offsets in the original file: the body starts after the closing line.
    return (out, lines[close].upperBound)
  }

  /// Runs cmark-gfm on `input` and returns its XML.
  static func cmarkXML(_ input: [UInt8]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: cmarkPath)
    process.arguments = ["-t", "xml", "--sourcepos", "-e", "table"]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    let writer = Thread {
      stdin.fileHandleForWriting.write(Data(input))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Our XML for the page bytes.
  static func ourXML(_ bytes: [UInt8], path: String, frontMatter: Bool = true) throws -> String {
    let bodyStart = frontMatter ? blankFrontMatter(bytes).bodyStart : 0
    let file = try SourceFile(path: path, bytes: bytes)
    let offset = file.hadBOM ? max(0, bodyStart - 3) : bodyStart
    let doc = MarkdownParser.parse(file, bodyStart: offset)
    return CmarkXMLRenderer.render(doc, in: file)
  }

  /// Lines trimmed of surrounding whitespace.
  static func normalized(_ xml: String) -> [Substring] {
    xml.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)[...]
    }
  }
}
