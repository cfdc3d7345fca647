import Foundation

/// The hostile inputs the library must refuse or survive, generated here
/// (no corpus text). `HostileCatalogueTests` runs each one with a deadline.
enum HostileCatalogue {
  static let frontMatter: [HostileCase] = [
    HostileCase(name: "fm: unterminated", reader: .page, expect: .positionedError) {
      Hostile.utf8("---\ntitle: Never closed\norder: 1\n\n# Body\n")
    },
    HostileCase(name: "fm: alias bomb", reader: .page, expect: .positionedError) {
      Hostile.page(yaml: Hostile.aliasBomb(levels: 9))
    },
    HostileCase(
      name: "fm: alias as mapping key", reader: .page, expect: .completesOrPositionedError
    ) {
      Hostile.page(yaml: "base: &k [1, 2, 3]\n*k : value\ntitle: x")
    },
    HostileCase(name: "fm: alias bomb via keys", reader: .page, expect: .positionedError) {
      Hostile.page(yaml: Hostile.aliasBomb(levels: 7) + "\n? *a7\n: v")
    },
    HostileCase(name: "fm: 20k nested [", reader: .page, expect: .positionedError) {
      Hostile.page(yaml: "title: " + String(repeating: "[", count: 20_000))
    },
    HostileCase(name: "fm: 20k nested {", reader: .page, expect: .positionedError) {
      Hostile.page(yaml: "title: " + String(repeating: "{a: ", count: 20_000))
    },
    HostileCase(name: "fm: duplicate keys", reader: .page, expect: .positionedError) {
      Hostile.page(yaml: "title: One\norder: 1\ntitle: Two")
    },
    HostileCase(name: "fm: tab indentation", reader: .page, expect: .positionedError) {
      Hostile.page(yaml: "contextual_links:\n\t- type: section\n\t  name: x")
    },
    HostileCase(name: "fm: invalid date", reader: .page, expect: .positionedError) {
      Hostile.page(yaml: "title: x\nupdated: 2024-02-30")
    },
    HostileCase(name: "fm: non-UTF-8 bytes", reader: .page, expect: .positionedError) {
      Hostile.utf8("---\ntitle: caf") + [0xC3, 0x28, 0xFF] + Hostile.utf8("\n---\n")
    },
    HostileCase(name: "fm: binary file", reader: .file(maxSize: 1 << 20), expect: .error("binary"))
    {
      [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + (0..<4096).map { UInt8($0 % 256) }
    },
    HostileCase(name: "fm: empty file", reader: .page, expect: .completes) { [] },
    HostileCase(name: "fm: only ---", reader: .page, expect: .positionedError) {
      Hostile.utf8("---\n")
    },
  ]

  static let markdown: [HostileCase] = [
    HostileCase(name: "md: 50k nested >", reader: .page, expect: .completes) {
      Hostile.repeated(">", 50_000, suffix: " quote\n")
    },
    HostileCase(name: "md: 50k nested > with spaces", reader: .page, expect: .completes) {
      Hostile.repeated("> ", 50_000, suffix: "quote\n")
    },
    HostileCase(name: "md: 3000 nested list levels", reader: .page, expect: .completes) {
      Hostile.nestedLists(3000)
    },
    HostileCase(name: "md: 20k list markers on one line", reader: .page, expect: .completes) {
      Hostile.repeated("- ", 20_000, suffix: "x\n")
    },
    HostileCase(name: "md: 20k ordered markers on one line", reader: .page, expect: .completes) {
      Hostile.repeated("1. ", 20_000, suffix: "x\n")
    },
    HostileCase(name: "md: 60k unmatched *", reader: .page, expect: .completes) {
      Hostile.repeated("*", 60_000, prefix: "a ", suffix: " b\n")
    },
    HostileCase(name: "md: 60k alternating * _", reader: .page, expect: .completes) {
      Hostile.repeated("*a_ ", 60_000)
    },
    HostileCase(name: "md: 60k unmatched [", reader: .page, expect: .completes) {
      Hostile.repeated("[", 60_000, suffix: "\n")
    },
    HostileCase(name: "md: 60k [a]( openers", reader: .page, expect: .completes) {
      Hostile.repeated("[a](", 60_000, suffix: "\n")
    },
    HostileCase(name: "md: 60k unmatched backticks", reader: .page, expect: .completes) {
      Hostile.repeated("`", 60_000, suffix: "\n")
    },
    HostileCase(name: "md: backtick runs of growing length", reader: .page, expect: .completes) {
      Hostile.utf8((1...700).map { String(repeating: "`", count: $0) + "a" }.joined())
    },
    HostileCase(name: "md: 60k mixed *[` and <", reader: .page, expect: .completes) {
      Hostile.repeated("*[`<!", 60_000, suffix: "\n")
    },
    HostileCase(name: "md: 30k table columns", reader: .page, expect: .completes) {
      Hostile.utf8(
        String(repeating: "a|", count: 30_000) + "\n" + String(repeating: "-|", count: 30_000)
          + "\n" + String(repeating: "b|", count: 30_000) + "\n")
    },
    HostileCase(name: "md: 20k table rows of many cells", reader: .page, expect: .completes) {
      Hostile.utf8(
        "| a | b |\n|---|---|\n"
          + String(repeating: "|" + String(repeating: "x|", count: 50) + "\n", count: 20_000))
    },
    HostileCase(name: "md: 50k link reference definitions", reader: .page, expect: .completes) {
      Hostile.utf8((0..<50_000).map { "[r\($0)]: /u\($0)\n" }.joined() + "[r1] [r49999]\n")
    },
    HostileCase(
      name: "md: 20 MB page over the limit", reader: .file(maxSize: 8 << 20),
      expect: .error("8388608")
    ) {
      Hostile.largePage(megabytes: 20)
    },
  ]

  static let json: [HostileCase] = [
    HostileCase(name: "json: trailing comma in object", reader: .json, expect: .positionedError) {
      Hostile.utf8("{\"a\": 1,}")
    },
    HostileCase(name: "json: trailing comma in array", reader: .json, expect: .positionedError) {
      Hostile.utf8("[1, 2,]")
    },
    HostileCase(name: "json: 100k nested arrays", reader: .json, expect: .positionedError) {
      Hostile.repeated("[", 100_000, suffix: String(repeating: "]", count: 100_000))
    },
    HostileCase(name: "json: 100k nested objects", reader: .json, expect: .positionedError) {
      Hostile.repeated("{\"a\":", 100_000)
    },
    HostileCase(name: "json: NaN", reader: .json, expect: .positionedError) {
      Hostile.utf8("{\"interval\": NaN}")
    },
    HostileCase(name: "json: Infinity", reader: .json, expect: .positionedError) {
      Hostile.utf8("[-Infinity]")
    },
    HostileCase(name: "json: 1e99999", reader: .json, expect: .completesOrPositionedError) {
      Hostile.utf8("{\"n\": 1e99999, \"m\": -1e-99999}")
    },
    HostileCase(
      name: "config: 1e99999 as a value", reader: .config, expect: .completesOrPositionedError
    ) {
      Hostile.utf8("{\"provider\": \"generic\", \"syncInterval\": 1e99999}")
    },
    HostileCase(name: "json: duplicate keys", reader: .json, expect: .positionedError) {
      Hostile.utf8("{\"a\": 1,\n \"b\": 2,\n \"a\": 3}")
    },
    HostileCase(name: "config: top level is an array", reader: .config, expect: .positionedError) {
      Hostile.utf8("[{\"provider\": \"generic\"}]")
    },
    HostileCase(name: "config: top level is a string", reader: .config, expect: .positionedError) {
      Hostile.utf8("\"provider\"")
    },
    HostileCase(name: "config: top level is null", reader: .config, expect: .positionedError) {
      Hostile.utf8("null")
    },
    HostileCase(name: "json: UTF-16 LE with BOM", reader: .json, expect: .positionedError) {
      [0xFF, 0xFE] + Array("{\"a\": 1}".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    },
    HostileCase(name: "config: UTF-16 BE without BOM", reader: .config, expect: .positionedError) {
      Array("{\"provider\": \"generic\"}".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    },
    HostileCase(name: "json: 30 MB string", reader: .json, expect: .completes) {
      Hostile.repeated("x", 30 << 20, prefix: "{\"s\": \"", suffix: "\"}")
    },
    HostileCase(name: "json: 30 MB string of escapes", reader: .json, expect: .completes) {
      Hostile.repeated("\\u00e9\\n", 30 << 18, prefix: "[\"", suffix: "\"]")
    },
    HostileCase(name: "json: truncated object", reader: .json, expect: .positionedError) {
      Hostile.utf8("{\"jobs\": [{\"id\": \"scim.1\", \"schedule\": {\"interval\": \"PT40M\"")
    },
    HostileCase(name: "json: truncated string", reader: .json, expect: .positionedError) {
      Hostile.utf8("{\"a\": \"unterminated")
    },
    HostileCase(name: "json: truncated escape", reader: .json, expect: .positionedError) {
      Hostile.utf8("[\"\\u12")
    },
    HostileCase(
      name: "json: control characters in a string", reader: .json, expect: .positionedError
    ) {
      Hostile.utf8("{\"a\": \"tab\there\"}")
    },
    HostileCase(name: "json: NUL in a string", reader: .json, expect: .positionedError) {
      Hostile.utf8("{\"a\": \"") + [0] + Hostile.utf8("\"}")
    },
    HostileCase(
      name: "json: lone surrogate escape", reader: .json, expect: .completesOrPositionedError
    ) {
      Hostile.utf8("[\"\\ud800\"]")
    },
    HostileCase(name: "json: empty input", reader: .json, expect: .positionedError) { [] },
    HostileCase(
      name: "config: 200k-member object", reader: .config, expect: .completesOrPositionedError
    ) {
      Hostile.utf8(
        "{\"provider\": \"generic\"" + (0..<200_000).map { ", \"k\($0)\": \($0)" }.joined() + "}")
    },
    HostileCase(name: "config: 50k duplicate keys", reader: .config, expect: .positionedError) {
      Hostile.utf8(
        "{\"provider\": \"generic\"" + String(repeating: ", \"k\": 1", count: 50_000) + "}")
    },
  ]

  static let all: [HostileCase] = frontMatter + markdown + json
}
