import Testing

@testable import ScimdocKit

@Suite struct SourceFileTests {
  @Test func columnsCountScalarsAndOffsetsCountBytes() throws {
    let file = try SourceFile(path: "a.md", bytes: Array("ab\né x\n".utf8))
    let loc = file.location(at: 6)  // the "x" after "é "
    #expect(loc.line == 2)
    #expect(loc.column == 3)
    #expect(file.byteColumn(of: loc) == 4)
  }

  @Test func bomIsDroppedAndCRLFCountsAsOneTerminator() throws {
    let file = try SourceFile(path: "a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8))
    #expect(file.hadBOM)
    #expect(file.lineCount == 3)
    #expect(file.lineText(1) == "a")
    #expect(file.location(at: 3).line == 2)
    #expect(file.location(at: 5).line == 3)
  }

  @Test func invalidUTF8NamesOffsetLineAndColumn() {
    let bytes = Array("ok\nab".utf8) + [0xC3, 0x28]
    #expect {
      _ = try SourceFile(path: "bad.md", bytes: bytes)
    } throws: { error in
      guard let error = error as? InputError else { return false }
      return error.location?.line == 2 && error.location?.column == 3
        && error.message == .invalidUTF8(offset: 5)
    }
  }

  @Test(
    arguments: [
      [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xFF],
    ] as [[UInt8]])
  func rejectsOverlongsSurrogatesAndTruncation(_ bytes: [UInt8]) {
    #expect(UTF8Validation.firstInvalidByte(in: bytes) == 0)
  }

  @Test func acceptsValidMultibyte() {
    #expect(UTF8Validation.firstInvalidByte(in: Array("é€😀".utf8)) == nil)
  }

  @Test func caretSnippetPointsAtColumn() {
    let file = SourceFile(path: "p.md", text: "title: x\nbad: [\n")
    let error = InputError(in: file, at: 14, .custom("boom"))
    #expect(error.rendered == "p.md:2:6: error: boom\nbad: [\n     ^")
  }
}

@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func matchesFIPSVectors(_ input: String, _ expected: String) {
    #expect(SHA256.hex(input) == expected)
  }

  @Test func millionAs() {
    #expect(
      SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
