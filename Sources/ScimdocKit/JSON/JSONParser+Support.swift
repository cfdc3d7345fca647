/// Duplicate-key lookup and message helpers.
extension JSONParser {
  /// The offset of an earlier key equal to `text` in the open object, else
  /// nil (recording this one). Small objects are scanned; large ones hashed.
  func earlierKey(_ text: String, at start: Int, in frame: inout Frame) -> Int? {
    if pending.count - frame.pendingStart < 16 {
      for slot in frame.pendingStart..<pending.count {
        let entry = entries[pending[slot]]
        if strings[entry.key] == text { return entry.keyStart }
      }
      return nil
    }
    if frame.keys.isEmpty {
      for slot in frame.pendingStart..<pending.count {
        let entry = entries[pending[slot]]
        frame.keys[strings[entry.key]] = entry.keyStart
      }
    }
    if let first = frame.keys[text] { return first }
    frame.keys[text] = start
    return nil
  }

  /// Names the character at `i` for a message.
  func describe(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> String {
    guard i < p.count else { return "end of input" }
    let b = p[i]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    if b == 0 { return "NUL byte" }
    if b < 0x80 { return "control character \(hex(UInt32(b)))" }
    let scalar = String(decoding: p[i..<min(p.count, i + 4)], as: UTF8.self).unicodeScalars.first
    return "character \(hex(scalar?.value ?? UInt32(b)))"
  }

  /// `U+00E9` style.
  func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
