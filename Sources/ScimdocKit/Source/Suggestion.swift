/// "Did you mean" for names people type (commands, rule ids): the closest
/// known name by edit distance.
public enum Suggestion {
  /// The candidate closest to `name` (the first in order on ties), when it
  /// is within `maxDistance` edits; nil otherwise.
  public static func closest(to name: String, in candidates: [String], maxDistance: Int)
    -> String?
  {
    let best = candidates.map { ($0, distance(name, $0)) }.min { $0.1 < $1.1 }
    guard let best, best.1 <= maxDistance else { return nil }
    return best.0
  }

  /// Levenshtein distance between two short strings (bytes).
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
