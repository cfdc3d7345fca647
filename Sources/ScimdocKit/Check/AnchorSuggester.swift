/// "did you mean '#x'?" for broken in-page anchors, in bounded time.
///
/// The closest heading is the one sharing the most `-`-separated words with
/// the anchor (the first such heading on ties), as
/// ``ContentsCheck/suggestion(for:in:)`` computes it. Testing every heading
/// for every broken link was quadratic: a 2 MB page with 7,600 headings and
/// as many broken links took 30 s to check. Words are indexed once, answers
/// are remembered per anchor, and after ``maxQueries`` distinct anchors no
/// more suggestions are made on the page.
struct AnchorSuggester {
  /// Distinct anchors a page gets suggestions for.
  static let maxQueries = 500

  private let anchors: [String]
  /// Built on the first query: most pages have no broken anchor.
  private var postings: [Substring: [Int]]?
  /// Per anchor: the suggestion, and the anchor when it is the only best one.
  private var answers: [String: (text: String?, only: String?)] = [:]

  init(_ headings: [HeadingInfo]) {
    anchors = headings.map(\.anchor)
  }

  private static func index(_ anchors: [String]) -> [Substring: [Int]] {
    var postings: [Substring: [Int]] = [:]
    for (index, anchor) in anchors.enumerated() {
      for word in Set(anchor.split(separator: "-")) { postings[word, default: []].append(index) }
    }
    return postings
  }

  /// The suggestion for `anchor`, or nil when no heading shares a word (or
  /// the page ran out of queries).
  mutating func suggestion(for anchor: String) -> String? { answer(for: anchor).text }

  /// The suggested anchor when it is the only best one (no other heading
  /// shares as many words) and the shared words are at least half of the
  /// words of each anchor: a replacement `--fix` can make with certainty
  /// (`#verifying-a-domain` for `#verify-a-domain`, not `#download` for
  /// `#example-programmatic-download`).
  mutating func onlySuggestion(for anchor: String) -> String? { answer(for: anchor).only }

  private mutating func answer(for anchor: String) -> (text: String?, only: String?) {
    if let known = answers[anchor] { return known }
    guard answers.count < Self.maxQueries else { return (nil, nil) }
    let postings = self.postings ?? Self.index(anchors)
    self.postings = postings
    var shared: [Int: Int] = [:]
    for word in Set(anchor.split(separator: "-")) {
      for index in postings[word] ?? [] { shared[index, default: 0] += 1 }
    }
    let best = shared.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }
    var only: String?
    if let best, shared.values.filter({ $0 == best.value }).count == 1 {
      let words = (Set(anchor.split(separator: "-")).count, words(of: anchors[best.key]))
      if 2 * best.value >= words.0, 2 * best.value >= words.1 { only = anchors[best.key] }
    }
    let answer = (text: best.map { "did you mean '#\(anchors[$0.key])'?" }, only: only)
    answers[anchor] = answer
    return answer
  }

  /// The number of distinct `-`-separated words of `anchor`.
  private func words(of anchor: String) -> Int { Set(anchor.split(separator: "-")).count }
}
