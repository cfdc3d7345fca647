import Testing

@testable import ScimdocKit

/// One construct: Markdown source and the expected `Kind @range` outline.
struct ConstructCase: CustomTestStringConvertible, Sendable {
  let name: String
  let markdown: String
  let outline: [String]

  init(_ name: String, _ markdown: String, _ outline: [String]) {
    self.name = name
    self.markdown = markdown
    self.outline = outline
  }

  var testDescription: String { name }
}

/// Every construct the parser supports, with the kinds and ranges it yields
/// (ranges are `line:column` with inclusive ends, columns in Unicode scalars).
@Suite struct MarkdownConstructTests {
  static let cases: [ConstructCase] = [
    ConstructCase(
      "atx heading", "## Enabling SCIM ##\n",
      ["Heading @1:1-1:19", "Text @1:4-1:16"]),
    ConstructCase(
      "setext heading", "Title\n=====\n",
      ["Heading @1:1-2:5", "Text @1:1-1:5"]),
    ConstructCase(
      "paragraph lazy", "> quote\nlazy line\n",
      [
        "BlockQuote @1:1-2:9", "Paragraph @1:3-2:9", "Text @1:3-1:7", "SoftBreak @1:8-1:8",
        "Text @2:1-2:9",
      ]),
    ConstructCase(
      "ordered list", "1. one\n1. two\n",
      [
        "List @1:1-2:6", "Item @1:1-1:6", "Paragraph @1:4-1:6", "Text @1:4-1:6", "Item @2:1-2:6",
        "Paragraph @2:4-2:6", "Text @2:4-2:6",
      ]),
    ConstructCase(
      "ordered start", "3) three\n4) four\n",
      [
        "List @1:1-2:7", "Item @1:1-1:8", "Paragraph @1:4-1:8", "Text @1:4-1:8", "Item @2:1-2:7",
        "Paragraph @2:4-2:7", "Text @2:4-2:7",
      ]),
    ConstructCase(
      "loose list", "- a\n\n- b\n",
      [
        "List @1:1-3:3", "Item @1:1-1:4", "Paragraph @1:3-1:3", "Text @1:3-1:3", "Item @3:1-3:3",
        "Paragraph @3:3-3:3", "Text @3:3-3:3",
      ]),
    ConstructCase(
      "nested quote in item", "1. step\n\n   > note\n",
      [
        "List @1:1-3:9", "Item @1:1-3:9", "Paragraph @1:4-1:7", "Text @1:4-1:7",
        "BlockQuote @3:4-3:9", "Paragraph @3:6-3:9", "Text @3:6-3:9",
      ]),
    ConstructCase(
      "image in item", "- ![logo](logo.png \"Logo\")\n",
      [
        "List @1:1-1:26", "Item @1:1-1:26", "Paragraph @1:3-1:26", "Image @1:3-1:26",
        "Text @1:5-1:8",
      ]),
    ConstructCase(
      "fenced code", "```swift\nlet x = 1\n```\n",
      ["CodeBlock @1:1-3:3"]),
    ConstructCase(
      "unclosed fence", "~~~\ncode\n",
      ["CodeBlock @1:1-2:4"]),
    ConstructCase(
      "indented code", "    code\n    more\n",
      ["CodeBlock @1:5-2:8"]),
    ConstructCase(
      "html comment", "<!-- hidden\n# not a heading\n-->\n",
      ["HTMLBlock @1:1-3:3"]),
    ConstructCase(
      "html block div", "<div>\nx\n</div>\n",
      ["HTMLBlock @1:1-3:6"]),
    ConstructCase(
      "inline html", "a <b>bold</b> c\n",
      [
        "Paragraph @1:1-1:15", "Text @1:1-1:2", "HTMLInline @1:3-1:5", "Text @1:6-1:9",
        "HTMLInline @1:10-1:13", "Text @1:14-1:15",
      ]),
    ConstructCase(
      "thematic break", "***\n",
      ["ThematicBreak @1:1-1:3"]),
    ConstructCase(
      "table", "| a | b |\n|:-|-:|\n| `x\\|y` | &amp; |\n",
      [
        "Table @1:1-3:18", "TableHeader @1:1-1:9", "TableCell @1:2-1:4", "Text @1:3-1:3",
        "TableCell @1:6-1:8", "Text @1:7-1:7", "TableRow @3:1-3:18", "TableCell @3:2-3:9",
        "Code @3:3-3:7", "TableCell @3:11-3:17", "Text @3:12-3:16",
      ]),
    ConstructCase(
      "table no outer pipes", "a | b\n--|--\n1\t| 2\n",
      [
        "Table @1:1-3:5", "TableHeader @1:1-1:5", "TableCell @1:1-1:2", "Text @1:1-1:1",
        "TableCell @1:4-1:5", "Text @1:5-1:5", "TableRow @3:1-3:5", "TableCell @3:1-3:2",
        "Text @3:1-3:1", "TableCell @3:4-3:5", "Text @3:5-3:5",
      ]),
    ConstructCase(
      "table mismatch", "| a | b |\n|---|\n",
      ["Paragraph @1:1-2:5", "Text @1:1-1:9", "SoftBreak @1:10-1:10", "Text @2:1-2:5"]),
    ConstructCase(
      "emphasis", "*em* **strong** ***both***\n",
      [
        "Paragraph @1:1-1:26", "Emphasis @1:1-1:4", "Text @1:2-1:3", "Text @1:5-1:5",
        "Strong @1:6-1:15", "Text @1:8-1:13", "Text @1:16-1:16", "Emphasis @1:17-1:26",
        "Strong @1:18-1:25", "Text @1:20-1:23",
      ]),
    ConstructCase(
      "code span", "use `code` here\n",
      ["Paragraph @1:1-1:15", "Text @1:1-1:4", "Code @1:5-1:10", "Text @1:11-1:15"]),
    ConstructCase(
      "inline link", "[text](https://example.com \"T\")\n",
      ["Paragraph @1:1-1:31", "Link @1:1-1:31", "Text @1:2-1:5"]),
    ConstructCase(
      "reference link", "[text][ref]\n\n[ref]: /url\n",
      ["Paragraph @1:1-1:11", "Link @1:1-1:11", "Text @1:2-1:5"]),
    ConstructCase(
      "shortcut reference", "[ref]\n\n[ref]: /url\n",
      ["Paragraph @1:1-1:5", "Link @1:1-1:5", "Text @1:2-1:4"]),
    ConstructCase(
      "autolink", "<https://example.com>\n",
      ["Paragraph @1:1-1:21", "Link @1:1-1:21", "Text @1:2-1:20"]),
    ConstructCase(
      "entity", "&copy; &#x2a;\n",
      ["Paragraph @1:1-1:13", "Text @1:1-1:13"]),
    ConstructCase(
      "hard break", "line  \nnext\n",
      ["Paragraph @1:1-2:4", "Text @1:1-1:4", "LineBreak @1:5-1:7", "Text @2:1-2:4"]),
    ConstructCase(
      "backslash break", "line\\\nnext\n",
      ["Paragraph @1:1-2:4", "Text @1:1-1:4", "LineBreak @1:5-1:6", "Text @2:1-2:4"]),
    ConstructCase(
      "escapes", "\\*not\\*\n",
      ["Paragraph @1:1-1:7", "Text @1:1-1:7"]),
    ConstructCase(
      "hash without space", "#E# text\n",
      ["Paragraph @1:1-1:8", "Text @1:1-1:8"]),
    ConstructCase(
      "table after paragraph line", "Intro\n| a |\n|---|\n| b |\n",
      [
        "Paragraph @1:1-1:5", "Text @1:1-1:5", "Table @2:1-4:5", "TableHeader @2:1-2:5",
        "TableCell @2:2-2:4", "Text @2:3-2:3", "TableRow @4:1-4:5", "TableCell @4:2-4:4",
        "Text @4:3-4:3",
      ]),
    ConstructCase(
      "table in item, row indented", "- x\n\n  | a |\n  |---|\n    | b |\n",
      [
        "List @1:1-5:9", "Item @1:1-5:9", "Paragraph @1:3-1:3", "Text @1:3-1:3", "Table @3:3-5:9",
        "TableHeader @3:3-3:7", "TableCell @3:4-3:6", "Text @3:5-3:5", "TableRow @5:5-5:9",
        "TableCell @5:6-5:8", "Text @5:7-5:7",
      ]),
  ]

  @Test(arguments: cases)
  func constructHasExpectedOutline(_ c: ConstructCase) {
    #expect(MD.outline(c.markdown) == c.outline)
  }
}
