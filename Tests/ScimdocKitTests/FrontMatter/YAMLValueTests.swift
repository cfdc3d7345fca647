import Testing

@testable import ScimdocKit

@Suite struct YAMLValueTests {
  static let plain: [(String, YAMLValue)] = [
    ("", .null), ("~", .null), ("null", .null), ("NULL", .null),
    ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("false", .bool(false)),
    ("on", .string("on")), ("yes", .string("yes")), ("no", .string("no")), ("off", .string("off")),
    ("42", .int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("0o17", .int(15)), ("0x1F", .int(31)),
    ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("1e3", .float(1000)), (".inf", .float(.infinity)),
    ("-.Inf", .float(-.infinity)), ("2022-03-04", .string("2022-03-04")),
    ("0x", .string("0x")), ("1_000", .string("1_000")), ("12:30", .string("12:30")),
    ("99999999999999999999", .float(1e20)),
  ]

  @Test(arguments: plain)
  func coreSchemaReadsPlainScalars(_ text: String, _ expected: YAMLValue) {
    #expect(YAMLValue.coreSchema(text) == expected)
  }

  @Test func nanIsAFloat() {
    guard case .float(let x) = YAMLValue.coreSchema(".nan") else {
      Issue.record("expected a float")
      return
    }
    #expect(x.isNaN)
  }

  @Test func quotedAndBlockScalarsAreAlwaysStrings() throws {
    let root = try #require(try FM.yaml("a: 'true'\nb: \"42\"\nc: |\n  null\nd: true\n"))
    #expect(root["a"]?.value == .string("true"))
    #expect(root["b"]?.value == .string("42"))
    #expect(root["c"]?.value == .string("null\n"))
    #expect(root["d"]?.value == .bool(true))
  }

  @Test func explicitTagsWin() throws {
    let root = try #require(try FM.yaml("a: !!str 42\nb: !!int \"7\"\nc: !custom on\n"))
    #expect(root["a"]?.value == .string("42"))
    #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
    #expect(root["b"]?.value == .int(7))
    #expect(root["c"]?.value == .string("on"))
  }

  @Test func yesAndOnStayStringsInPages() throws {
    let root = try #require(try FM.yaml("warning: yes\nenabled: on\nempty:\n"))
    #expect(root["warning"]?.value == .string("yes"))
    #expect(root["enabled"]?.value == .string("on"))
    #expect(root["empty"]?.isNull == true)
  }
}
