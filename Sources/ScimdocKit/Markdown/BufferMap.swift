/// Maps offsets in the parser's buffer back to the file.
///
/// The parser sees the bytes as cmark does: a UTF-8 BOM kept at the start
/// (cmark counts it in line 1's columns) and every NUL byte replaced by
/// U+FFFD (three bytes). Nodes keep buffer offsets; ranges are file offsets.
struct BufferMap {
  /// 3 with a BOM, else 0.
  var bomLength = 0
  /// Buffer offsets where a NUL's replacement starts, ascending.
  var replacements: [Int] = []
  /// File offsets of the NUL bytes, ascending.
  var nulOffsets: [Int] = []
  /// Buffer offset where each processed line starts.
  var lineStarts: [Int] = []

  /// The buffer cmark parses for `bytes`, and its map.
  static func buffer(for bytes: [UInt8], bom: Bool) -> ([UInt8], BufferMap) {
    var map = BufferMap()
    map.bomLength = bom ? 3 : 0
    guard bytes.withUnsafeBufferPointer(ByteScan.firstZero) != nil else {
      // Without NULs the buffer is the file (shared, not copied) after any BOM.
      return (bom ? [0xEF, 0xBB, 0xBF] + bytes : bytes, map)
    }
    var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
    out.reserveCapacity(bytes.count + 16)
    for (i, b) in bytes.enumerated() {
      if b == 0 {
        map.nulOffsets.append(i)
        map.replacements.append(out.count)
        out.append(contentsOf: [0xEF, 0xBF, 0xBD])
      } else {
        out.append(b)
      }
    }
    return (out, map)
  }

  /// The buffer offset of file offset `f`.
  func bufferOffset(file f: Int) -> Int {
    f + bomLength + 2 * nulOffsets.countBelow(f)
  }

  /// The file offset of buffer offset `x` (inside a replacement: its NUL).
  func fileOffset(buffer x: Int) -> Int {
    // Most files have no NUL byte: nothing to count.
    if replacements.isEmpty { return max(0, x - bomLength) }
    let k = replacements.countBelow(x)
    if k > 0, x < replacements[k - 1] + 3 {
      return max(0, replacements[k - 1] - bomLength - 2 * (k - 1))
    }
    return max(0, x - bomLength - 2 * k)
  }

  /// The buffer offset of cmark's line `line`, byte column `column`.
  func bufferOffset(line: Int, column: Int) -> Int {
    guard !lineStarts.isEmpty else { return bomLength }
    let l = min(max(line, 1), lineStarts.count)
    return lineStarts[l - 1] + column - 1
  }
}
