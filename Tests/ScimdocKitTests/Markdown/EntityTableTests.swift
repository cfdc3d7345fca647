import Testing

@testable import ScimdocKit

/// The entity table's binary search against a dictionary built from the same data.
@Suite struct EntityTableTests {
  /// Name to replacement bytes, parsed from the table's text.
  static func expected() -> [String: [UInt8]] {
    var map: [String: [UInt8]] = [:]
    for entry in EntityTable.data.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let parts = entry.split(separator: "=")
      var text = ""
      for hex in parts[1].split(separator: "+") {
        if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
          text.unicodeScalars.append(scalar)
        }
      }
      map[String(parts[0])] = Array(text.utf8)
    }
    return map
  }

  @Test func everyNameIsFound() {
    let map = EntityTableTests.expected()
    #expect(map.count == 2125)
    for (name, bytes) in map {
      #expect(EntityTable.lookup(Array(name.utf8)[...]) == bytes, "\(name)")
    }
  }

  @Test func otherNamesAreNot() {
    let map = EntityTableTests.expected()
    var misses = ["", "a", "am", "ampx", "AMp", "zz", "zwnjj", "AA", "~", "\u{FF}"]
    for name in map.keys.prefix(300) {
      misses.append(String(name.dropLast()))
      misses.append(name + "x")
    }
    for name in misses where map[name] == nil {
      #expect(EntityTable.lookup(Array(name.utf8)[...]) == nil, "\(name)")
    }
  }
}
