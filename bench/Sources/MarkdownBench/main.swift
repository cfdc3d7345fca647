import Foundation
import ScimdocKit

/// Parses (and with `--xml` renders as cmark XML) every Markdown file named on the command line (directories are
/// searched recursively) and prints the best of several timed rounds.
var paths: [String] = []
var rounds = 5
var renderXML = false
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
  if a == "--xml" {
    renderXML = true
  } else if a == "--rounds", let n = args.popFirst().flatMap({ Int($0) }) {
    rounds = n
  } else {
    paths.append(a)
  }
}
var files: [SourceFile] = []
for p in paths {
  var isDir: ObjCBool = false
  guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else { continue }
  var urls: [URL] = []
  if isDir.boolValue, let e = FileManager.default.enumerator(atPath: p) {
    for case let rel as String in e where rel.hasSuffix(".md") {
      urls.append(URL(fileURLWithPath: p).appendingPathComponent(rel))
    }
  } else {
    urls.append(URL(fileURLWithPath: p))
  }
  for url in urls {
    if let data = try? Data(contentsOf: url),
      let f = try? SourceFile(path: url.path, bytes: [UInt8](data))
    {
      files.append(f)
    }
  }
}
let total = files.reduce(0) { $0 + $1.bytes.count }
var best = Double.infinity
var nodes = 0
for _ in 0..<rounds {
  let start = DispatchTime.now()
  nodes = 0
  for f in files {
    let doc = MarkdownParser.parse(f)
    nodes += doc.children.count
    if renderXML { nodes += CmarkXMLRenderer.render(doc, in: f).utf8.count }
  }
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  best = min(best, seconds)
}
print(
  "\(files.count) files, \(total) bytes: best of \(rounds) = \(String(format: "%.1f", best * 1000)) ms (\(String(format: "%.1f", Double(total) / best / 1e6)) MB/s)"
)
