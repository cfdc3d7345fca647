import Foundation
import Testing

@testable import ScimdocKit

/// Hostile inputs finish quickly, without crashing, with a bounded tree depth.
@Suite struct HostileInputTests {
  static let inputs: [(String, String)] = [
    ("50k nested >", String(repeating: "> ", count: 50_000) + "x\n"),
    (
      "50k > lines",
      String(repeating: ">", count: 50_000) + " x\n" + String(repeating: "> y\n", count: 1000)
    ),
    ("10k nested bullets", String(repeating: "- ", count: 10_000) + "x\n"),
    ("10k nested ordered", String(repeating: "1. ", count: 10_000) + "x\n"),
    ("deep list lines", (0..<1500).map { String(repeating: "  ", count: $0) + "- x\n" }.joined()),
    ("60k *", String(repeating: "*", count: 60_000) + "a\n"),
    ("30k *a", String(repeating: "*a ", count: 30_000) + "\n"),
    ("30k a*", String(repeating: "a* ", count: 30_000) + "\n"),
    (
      "30k nested emphasis",
      String(repeating: "*", count: 30_000) + "a" + String(repeating: "*", count: 30_000)
    ),
    ("60k [", String(repeating: "[", count: 60_000) + "a\n"),
    (
      "30k [ ]", String(repeating: "[", count: 30_000) + "a" + String(repeating: "]", count: 30_000)
    ),
    ("30k ![", String(repeating: "![", count: 30_000) + "\n"),
    ("60k backticks", String(repeating: "`", count: 60_000) + "\n"),
    ("60k spaced backticks", String(repeating: "` ", count: 60_000) + "\n"),
    ("20k <!--", "x " + String(repeating: "<!-- ", count: 20_000)),
    ("20k <?", "x " + String(repeating: "<? ", count: 20_000)),
    ("20k CDATA", "x " + String(repeating: "<![CDATA[ ", count: 20_000)),
    ("20k <!A", "x " + String(repeating: "<!A ", count: 20_000)),
    (
      "wide table",
      "|" + String(repeating: "a|", count: 3000) + "\n|" + String(repeating: "-|", count: 3000)
        + "\n"
    ),
    (
      "20k nested images",
      String(repeating: "![", count: 20_000) + "a" + String(repeating: "](u)", count: 20_000)
    ),
    (
      "20k nested strong",
      String(repeating: "**", count: 20_000) + "x" + String(repeating: "**", count: 20_000)
    ),
    ("link parens", "[a](" + String(repeating: "(", count: 30_000) + "\n"),
  ]

  @Test func hostileInputsFinishFastWithBoundedDepth() {
    for (name, text) in Self.inputs {
      let clock = ContinuousClock()
      var depth = 0
      let elapsed = clock.measure {
        let (doc, _) = MD.parse(text)
        depth = Self.depth(of: doc)
      }
      #expect(elapsed < .seconds(5), "\(name) took \(elapsed)")
      #expect(depth <= TreeBuilder.maxDepth + 1, "\(name) is \(depth) deep")
    }
  }

  /// The depth of the tree, found without recursion.
  static func depth(of root: MarkupNode) -> Int {
    var deepest = 0
    var stack = [(root, 1)]
    while let (node, d) = stack.popLast() {
      deepest = max(deepest, d)
      for child in node.children { stack.append((child, d + 1)) }
    }
    return deepest
  }

  @Test func deepInputStillRendersAndDumps() {
    let (doc, file) = MD.parse(String(repeating: "> ", count: 50_000) + "x\n")
    #expect(CmarkXMLRenderer.render(doc, in: file).hasSuffix("</document>\n"))
    #expect(!TreeDumper.dumpMarkdown(doc, in: file).isEmpty)
    #expect(!doc.plainText.isEmpty)
  }
}
