import Testing

@testable import ScimdocKit

@Suite struct JSONReaderTests {
  func parse(_ text: String) throws -> JSONDocument {
    try JSONDocument(parsing: SourceFile(path: "t.json", text: text))
  }

  func error(_ text: String) -> InputError? {
    do {
      _ = try parse(text)
      return nil
    } catch let error as InputError {
      return error
    } catch {
      return nil
    }
  }

  @Test func valuesPositionsAndPointers() throws {
    let doc = try parse("{\n  \"a\": [1, {\"b/c\": true}],\n  \"é~\": \"x\\ny\"\n}")
    let root = doc.root
    #expect(root.kind == .object)
    #expect(root.members?.map(\.key) == ["a", "é~"])
    let b = try #require(doc.node(at: "/a/1/b~1c"))
    #expect(b.bool == true)
    #expect(b.pointer == "/a/1/b~1c")
    #expect(b.range.start.line == 2 && b.range.start.column == 20)
    let s = try #require(doc.node(at: "/é~0"))
    #expect(s.string == "x\ny")
    #expect(s.pointer == "/é~0")
    #expect(s.location.line == 3 && s.location.column == 9)
    let keyLoc = doc.file.location(at: try #require(s.keyByteRange).lowerBound)
    #expect(keyLoc.column == 3)
    #expect(s.keyRange?.description == "3:3-3:6")
    guard case .object(let members) = root.value, case .array(let items) = members[0].node.value
    else {
      Issue.record("expected an object holding an array")
      return
    }
    #expect(items.count == 2 && members[0].keyByteRange == 4..<7)
    #expect(doc.node(at: "/a/01") == nil)
    #expect(doc.node(at: "/a/2") == nil)
    #expect(doc.node(at: "") == root)
    #expect(doc.node(at: "/a/0")?.number?.double == 1)
    #expect(doc.node(at: "/a/0")?.parent == doc.node(at: "/a"))
  }

  @Test func numbersKeepTheirLiteral() throws {
    let doc = try parse("[1.50, -0, 1E3, 12345678901234567890, 123e-10000000]")
    let numbers = try #require(doc.root.elements).compactMap(\.number)
    #expect(
      numbers.map(\.literal) == ["1.50", "-0", "1E3", "12345678901234567890", "123e-10000000"])
    #expect(numbers[0].double == 1.5)
    #expect(numbers[2].int == 1000)
    #expect(numbers[4].double == 0)
  }

  @Test func surrogatesDecodeAndLoneOnesBecomeReplacement() throws {
    let doc = try parse(#"["\ud834\udd1e", "\ud800", "a\udc00b", "\u0000"]"#)
    let strings = try #require(doc.root.elements).compactMap(\.string)
    #expect(strings == ["\u{1D11E}", "\u{FFFD}", "a\u{FFFD}b", "\u{0}"])
  }

  @Test func duplicateKeysNameBothPlaces() throws {
    let err = try #require(error("{\"a\": 1,\n \"a\": 2}"))
    #expect(err.message == .duplicateKey("a", firstLine: 1))
    #expect(err.location?.line == 2 && err.location?.column == 2)
    #expect(err.notes == ["t.json:1:2: note: first defined here"])
    #expect(err.rendered.contains("^"))
  }

  @Test(arguments: [
    ("[1,]", 1, 3, "trailing comma"),
    ("{\"a\":1,}", 1, 7, "trailing comma"),
    ("", 1, 1, "empty input"),
    ("  \n ", 2, 2, "empty input"),
    ("[NaN]", 1, 2, "NaN"),
    ("[-Infinity]", 1, 2, "NaN and Infinity"),
    ("[1e99999]", 1, 2, "out of range"),
    ("[\"a\tb\"]", 1, 4, "unescaped control character U+0009"),
    ("{} x", 1, 4, "after the top-level value"),
    ("[1 2]", 1, 4, "expected ','"),
    ("{\"a\" 1}", 1, 6, "expected ':'"),
    ("{1: 2}", 1, 2, "string key"),
    ("[\"abc", 1, 2, "unterminated string"),
    ("[01]", 1, 3, "expected ','"),
    ("[1.]", 1, 4, "digit after '.'"),
    ("['a']", 1, 2, "expected a value but found '''"),
    ("[\"\\x\"]", 1, 3, "invalid escape"),
    ("[\"\\u12G4\"]", 1, 3, "four hex digits"),
    ("[", 1, 2, "unexpected end of input"),
  ])
  func rejects(_ text: String, _ line: Int, _ column: Int, _ fragment: String) throws {
    let err = try #require(error(text))
    #expect(err.location?.line == line, "\(err.rendered)")
    #expect(err.location?.column == column, "\(err.rendered)")
    #expect(err.message.text.contains(fragment), "\(err.message.text)")
  }

  @Test func depthIsBoundedWithoutRecursion() throws {
    let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(try parse(ok).nodeCount == 512)
    let deep = String(repeating: "[", count: 100_000)
    let err = try #require(error(deep))
    #expect(err.message == .depthLimit(512))
    #expect(err.location?.column == 513)
  }

  @Test func utf16IsRejectedWithAHint() throws {
    let bytes: [UInt8] = [0x00, 0x5B, 0x00, 0x5D]
    #expect {
      _ = try JSONDocument(parsing: SourceFile(path: "t.json", bytes: bytes))
    } throws: { error in
      (error as? InputError)?.message.text.contains("UTF-16") == true
    }
  }

  @Test(
    arguments: [
      ([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00], "UTF-16"), ([0xFE, 0xFF, 0x00, 0x5B], "UTF-16"),
      ([0x5B, 0x00, 0x5D, 0x00], "UTF-16"), ([0x00, 0x00, 0x00, 0x5B], "UTF-32"),
      ([0xFF, 0xFE, 0x00, 0x00, 0x5B, 0x00, 0x00, 0x00], "UTF-32"),
    ] as [([UInt8], String)])
  func wideEncodingsAreNamed(_ bytes: [UInt8], _ name: String) throws {
    #expect(JSONDocument.wideEncoding(bytes) == name)
    #expect {
      _ = try JSONDocument(path: "w.json", bytes: bytes)
    } throws: { error in
      (error as? InputError)?.message.text == "file is \(name); JSON must be UTF-8"
    }
  }

  @Test func utf8BytesParseThroughTheByteEntryPoint() throws {
    #expect(JSONDocument.wideEncoding([0x7B]) == nil)
    let doc = try JSONDocument(
      path: "u.json", bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
    #expect(doc.node(at: "/a")?.location.column == 7)
    #expect(doc.file.hadBOM)
  }

  @Test func topLevelScalarsAreAllowed() throws {
    #expect(try parse(" \"x\" ").root.string == "x")
    #expect(try parse("null").root.isNull)
    #expect(try parse("-12").root.number?.int == -12)
  }

  @Test func pointerEscaping() {
    #expect(JSONPointer.escape("a/b~c") == "a~1b~0c")
    #expect(JSONPointer.tokens(of: "/a~1b/~01") == ["a/b", "~1"])
    #expect(JSONPointer.tokens(of: "a") == nil)
    #expect(JSONPointer.tokens(of: "/~2") == nil)
    #expect(JSONPointer.tokens(of: "/") == [""])
  }
}

@Suite struct JSONDuplicateKeyTests {
  func parseError(_ text: String) -> InputError? {
    do {
      _ = try JSONDocument(parsing: SourceFile(path: "t.json", text: text))
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [3, 15, 16, 17, 40])
  func duplicatesFoundInSmallAndLargeObjects(_ n: Int) throws {
    let members = (0..<n).map { "\"k\($0)\": \($0)" } + ["\"k\(n / 2)\": 0"]
    let text = "{" + members.joined(separator: ",\n") + "}"
    let error = try #require(parseError(text))
    #expect(error.message == .duplicateKey("k\(n / 2)", firstLine: n / 2 + 1))
    #expect(error.location?.line == n + 1)
    let unique = "{" + (0..<n).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + "}"
    let doc = try JSONDocument(parsing: SourceFile(path: "t.json", text: unique))
    #expect(doc.root["k\(n - 1)"]?.number?.int == n - 1)
  }
}
