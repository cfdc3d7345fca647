/// 64-bit FNV-1a keys of lowercase words, so ``Sentence`` phrase tests
/// compare integers instead of strings. Equal words have equal keys; a key
/// match is always confirmed by comparing the words.
enum WordKey {
  /// The key of each token: its word's key, or 0 when it is not a word.
  static func keys(of tokens: [Token]) -> [UInt64] {
    tokens.map { token in
      guard case .word(var w) = token.kind else { return 0 }
      return w.withUTF8 { key($0) }
    }
  }

  /// The key of the first space-separated word of `phrase`; nil when it has none.
  static func firstKey(of phrase: UnsafeBufferPointer<UInt8>) -> UInt64? {
    let space = UInt8(ascii: " ")
    guard let start = phrase.firstIndex(where: { $0 != space }) else { return nil }
    let end = phrase[start...].firstIndex(of: space) ?? phrase.count
    return key(UnsafeBufferPointer(rebasing: phrase[start..<end]))
  }

  /// FNV-1a of `bytes`, never 0 (0 marks tokens that are not words).
  static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      hash ^= UInt64(b)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash == 0 ? 1 : hash
  }
}
