import Foundation
import Testing

@testable import ScimdocKit

/// The folders of `Sources/ScimdocKit` depend on each other one way, in the
/// layer order `ARCHITECTURE.md` lists (the same scan as `scripts/layering.py`).
@Suite struct LayeringTests {
  /// Folder → the folders whose top-level types it names.
  static let arrows: [String: Set<String>] = {
    let root = TestPaths.packageRoot.appendingPathComponent("Sources/ScimdocKit")
    var texts: [(folder: String, text: String)] = []
    let files = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
    for file in files where file.hasSuffix(".swift") {
      guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      else { continue }
      let parts = file.split(separator: "/")
      texts.append((parts.count > 1 ? String(parts[0]) : "(root)", stripped(text)))
    }
    var owner: [String: String] = [:]
    for (folder, text) in texts {
      for name in matches(topLevelDeclaration, in: text) where owner[name] == nil {
        owner[name] = folder
      }
    }
    var arrows: [String: Set<String>] = [:]
    for (folder, text) in texts {
      let own = Set(matches(anyDeclaration, in: text))
      for word in Set(matches(identifier, in: text)).subtracting(own) {
        if let to = owner[word], to != folder { arrows[folder, default: []].insert(to) }
      }
    }
    return arrows
  }()

  static let topLevelDeclaration =
    #"(?m)^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|package|fileprivate|private|final|indirect|nonisolated)\s+)*(?:struct|enum|class|protocol|actor|typealias)\s+([A-Za-z_]\w*)"#
  static let anyDeclaration = #"\b(?:struct|enum|class|protocol|actor|typealias)\s+([A-Za-z_]\w*)"#
  static let identifier = #"([A-Za-z_]\w*)"#

  /// `text` without comments and string literals.
  static func stripped(_ text: String) -> String {
    var s = text
    for (pattern, with) in [
      (#"\"\"\"[\s\S]*?\"\"\""#, "\"\""), (#"/\*[\s\S]*?\*/"#, ""), (#"//[^\n]*"#, ""),
      (##"#?"(?:[^"\\\n]|\\.)*"#?"##, "\"\""),
    ] {
      s = s.replacingOccurrences(of: pattern, with: with, options: .regularExpression)
    }
    return s
  }

  static func matches(_ pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
      ns.substring(with: $0.range(at: 1))
    }
  }

  /// The layers of `ARCHITECTURE.md`, bottom first: each a list of folders.
  static let layers: [[String]] = {
    let url = TestPaths.packageRoot.appendingPathComponent("ARCHITECTURE.md")
    guard let text = try? String(contentsOf: url, encoding: .utf8),
      let start = text.range(of: "<!-- layers -->"),
      let end = text.range(of: "<!-- /layers -->")
    else { return [] }
    return text[start.upperBound..<end.lowerBound].split(separator: "\n").compactMap { line in
      guard line.first?.isNumber == true else { return nil }
      let head = line.split(separator: ":", maxSplits: 1).first ?? ""
      return matches(#"`([^`]+)/`"#, in: String(head))
    }
  }()

  @Test func scanFindsTheStages() {
    #expect(Self.arrows["Extract", default: []].contains("Manifest"))
    #expect(Self.arrows["Check", default: []].contains("Diagnostics"))
    #expect(Self.layers.count >= 10)
  }

  @Test func noTwoFoldersDependOnEachOther() {
    var pairs: [String] = []
    for (from, tos) in Self.arrows {
      for to in tos where from < to && Self.arrows[to, default: []].contains(from) {
        pairs.append("\(from) <-> \(to)")
      }
    }
    #expect(pairs.sorted() == [], "scripts/layering.py --why A B shows why")
  }

  @Test func everyArrowPointsDownTheLayers() {
    var rank: [String: Int] = [:]
    for (i, folders) in Self.layers.enumerated() {
      for folder in folders { rank[folder] = i }
    }
    let folders = Set(Self.arrows.keys).union(Self.arrows.values.flatMap { $0 })
    #expect(folders.filter { rank[$0] == nil }.sorted() == [], "add the folder to ARCHITECTURE.md")
    var up: [String] = []
    for (from, tos) in Self.arrows {
      for to in tos {
        if let a = rank[from], let b = rank[to], b > a { up.append("\(from) -> \(to)") }
      }
    }
    #expect(up.sorted() == [], "an arrow against ARCHITECTURE.md's layer order")
  }
}
