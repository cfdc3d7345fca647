import Testing

@testable import ScimdocKit

@Suite struct FrontMatterDumperTests {
  /// Issue 15: `dump` printed front-matter secrets.
  @Test func valuesUnderCredentialKeysAreNotShown() throws {
    let page = try FM.page(
      """
      ---
      title: "Token rotation"
      password: hunter2
      scim:
        api_key: [k1-abc, k2-def]
      ---
      Body

      """)
    let dump = FrontMatterDumper.dump(page.frontMatter)
    #expect(!dump.contains("hunter2") && !dump.contains("k1-abc") && !dump.contains("k2-def"))
    #expect(dump.contains("Scalar @3:11-3:17 (secret)"))
    #expect(dump.contains("\"Token rotation\""), "an ordinary value stays")
  }

  @Test func dumpsKeysScalarsAndRanges() throws {
    let page = try FM.page(
      """
      ---
      title: "Setting up SCIM"
      é: [a, {b: c}]
      text: |
        one
        two
      ---
      Body

      """)
    let dump = FrontMatterDumper.dump(page.frontMatter)
    #expect(
      dump == """
        FrontMatter @1:1-7:3
          Mapping @2:1-6:5 (3 pairs)
            Key "title" @2:1-2:5
              Scalar @2:8-2:24 "Setting up SCIM" doubleQuoted
            Key "é" @3:1-3:1
              Sequence @3:4-3:14 (2 items)
                Scalar @3:5-3:5 "a"
                Mapping @3:8-3:13 (1 pairs)
                  Key "b" @3:9-3:9
                    Scalar @3:12-3:12 "c"
            Key "text" @4:1-4:4
              Scalar @4:7-6:5 "one\\ntwo\\n" literal

        """)
  }
}
