import Testing

@testable import ScimdocKit

@Suite struct EditApplierTests {
  static func edit(_ offset: Int, _ length: Int, _ text: String) -> FixEdit {
    FixEdit(
      offset: offset, length: length, line: 1, column: offset + 1, endLine: 1,
      endColumn: offset + length + 1, text: text)
  }

  @Test func overlappingGroupWaitsForTheNextPass() {
    let bytes = Array("abcdef".utf8)
    let (out, applied) = EditApplier.apply(
      [[Self.edit(1, 3, "X")], [Self.edit(2, 3, "Y")], [Self.edit(5, 1, "Z")]], to: bytes)
    #expect(String(decoding: out, as: UTF8.self) == "aXeZ")
    #expect(applied == [0, 2])
  }

  @Test func aGroupGoesInWholeOrNotAtAll() {
    let bytes = Array("abcdef".utf8)
    let (out, applied) = EditApplier.apply(
      [[Self.edit(0, 1, "A")], [Self.edit(3, 1, "D"), Self.edit(0, 2, "?")]], to: bytes)
    #expect(String(decoding: out, as: UTF8.self) == "Abcdef")
    #expect(applied == [0])
  }

  @Test func insertionsAtOnePlaceKeepTheirOrder() {
    let bytes = Array("ac".utf8)
    let (out, applied) = EditApplier.apply(
      [[Self.edit(1, 0, "1")], [Self.edit(1, 0, "2")], [Self.edit(1, 1, "C")]], to: bytes)
    #expect(String(decoding: out, as: UTF8.self) == "a12C")
    #expect(applied == [0, 1, 2])
  }

  @Test func editsOutsideTheFileAreSkipped() {
    let bytes = Array("ab".utf8)
    let (out, applied) = EditApplier.apply([[Self.edit(1, 5, "X")]], to: bytes)
    #expect(out == bytes)
    #expect(applied.isEmpty)
  }

  @Test func takenEditsRefuseWhatWouldLandInsideThem() {
    let bytes = Array("abcdefgh".utf8)
    // Groups are taken by position: a replacement refuses an insertion
    // strictly inside it (at 2, at 6); touching it is fine (at 4).
    let (out, applied) = EditApplier.apply(
      [
        [Self.edit(1, 3, "X")], [Self.edit(2, 0, "i")], [Self.edit(4, 0, "j")],
        [Self.edit(6, 0, "k")], [Self.edit(5, 3, "Y")], [Self.edit(0, 1, "A")],
      ], to: bytes)
    #expect(String(decoding: out, as: UTF8.self) == "AXjeY")
    #expect(applied == [0, 2, 4, 5])
    // An insertion taken first refuses a replacement around it.
    let (second, taken) = EditApplier.apply(
      [[Self.edit(3, 0, "i")], [Self.edit(3, 0, "j")], [Self.edit(4, 2, "Z")]], to: bytes)
    #expect(String(decoding: second, as: UTF8.self) == "abcijdZgh")
    #expect(taken == [0, 1, 2])
    // A group taken earlier (by its first edit) with an insertion at 6
    // refuses a replacement around it.
    let (third, refused) = EditApplier.apply(
      [[Self.edit(6, 0, "i"), Self.edit(0, 1, "A")], [Self.edit(5, 3, "Z")]], to: bytes)
    #expect(String(decoding: third, as: UTF8.self) == "Abcdefigh")
    #expect(refused == [0])
  }

  @Test func insertionInsideAReplacementOverlaps() {
    #expect(EditApplier.overlap(Self.edit(2, 0, "x"), Self.edit(1, 3, "y")))
    #expect(!EditApplier.overlap(Self.edit(1, 0, "x"), Self.edit(1, 3, "y")))
    #expect(!EditApplier.overlap(Self.edit(4, 0, "x"), Self.edit(1, 3, "y")))
  }
}

/// Repairs that would list a heading twice are not made.
@Suite struct ContentsRepairTests {
  @Test func aContentsLinkIsNotRepairedToAHeadingTheListHas() throws {
    for contents in [
      "* [Setup](#setup)\n* [Set it up](#setup-steps)\n",  // already listed
      "* [One](#setup-stepz)\n* [Two](#setup-stepx)\n",  // two links, one heading
    ] {
      let text = DocRule.page("## Contents\n\n\(contents)\n## Setup\n")
      let findings = PageAnalyzer.analyze(SourceFile(path: "a.md", text: text)).findings
      let broken = findings.filter { $0.rule == "contents-link-broken" }
      #expect(!broken.isEmpty && broken.allSatisfy { $0.edits.isEmpty }, "\(contents)")
    }
    let one = DocRule.page("## Contents\n\n* [Set up](#setup-steps)\n\n## Setup\n")
    let findings = PageAnalyzer.analyze(SourceFile(path: "a.md", text: one)).findings
    #expect(findings.first { $0.rule == "contents-link-broken" }?.edits.map(\.text) == ["#setup"])
  }
}
