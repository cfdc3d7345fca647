import Testing

@testable import ScimdocKit

/// The readable tree: kind, `line:column` range, then the node's data.
@Suite struct TreeDumperTests {
  @Test func dumpsKindsRangesAndData() {
    let page = """
      ## Enable SCIM

      1. Open **Settings**.
      1. Enter `token`:

         > Keep it secret.
      """
    let (doc, file) = MD.parse(page)
    let expected = """
      Document @1:1-6:20
        Heading @1:1-1:14 level 2 "Enable SCIM"
          Text @1:4-1:14 "Enable SCIM"
        List @3:1-6:20 ordered start 1 loose
          Item @3:1-3:21
            Paragraph @3:4-3:21
              Text @3:4-3:8 "Open "
              Strong @3:9-3:20
                Text @3:11-3:18 "Settings"
              Text @3:21-3:21 "."
          Item @4:1-6:20
            Paragraph @4:4-4:17
              Text @4:4-4:9 "Enter "
              Code @4:10-4:16 "token"
              Text @4:17-4:17 ":"
            BlockQuote @6:4-6:20
              Paragraph @6:6-6:20
                Text @6:6-6:20 "Keep it secret."

      """
    #expect(TreeDumper.dumpMarkdown(doc, in: file) == expected)
  }

  @Test func columnsCountScalars() {
    let (doc, file) = MD.parse("Café *x*\n")
    let dump = TreeDumper.dumpMarkdown(doc, in: file)
    #expect(dump.contains("Emphasis @1:6-1:8"))
  }
}
