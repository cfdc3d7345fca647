import Foundation
import ScimdocKit
import Testing

/// Regression (found by the CLI hostile catalogue): `scimdoc dump` of one
/// 300 KB line of `*[`<!` ran for minutes, because every node's column was
/// counted from the start of its line. Columns now cost at most one block.
@Suite("Long line regressions")
struct LongLineRegressionTests {
  @Test func columnsMatchACountOfScalars() throws {
    let line = String(repeating: "aé€😀*", count: 3000)
    let text = "first\n" + line + "\nlast é\n"
    let file = SourceFile(path: "x.md", text: text)
    let bytes = Array(text.utf8)
    let lineStart = 6
    for offset in stride(from: lineStart, to: bytes.count, by: 97) {
      let naive =
        bytes[file.lineStarts[file.line(of: offset) - 1]..<offset]
        .filter { $0 & 0xC0 != 0x80 }.count + 1
      #expect(file.location(at: offset).column == naive, "offset \(offset)")
    }
    #expect(file.location(at: bytes.count).line == 4)
  }

  @Test func dumpingALongLineOfDelimitersIsFast() throws {
    let file = SourceFile(path: "x.md", text: String(repeating: "*[`<!", count: 60_000) + "\n")
    let start = Date()
    let page = try PageParser.parse(file)
    let dump = TreeDumper.dump(page)
    let xml = CmarkXMLRenderer.render(page.document, in: file)
    #expect(!dump.isEmpty && !xml.isEmpty)
    #expect(Date().timeIntervalSince(start) < 20 * Bounded.timeScale)
  }
}
