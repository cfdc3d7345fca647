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
  /// shares as many words): a replacement `--fix` can make with certainty.
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
    let ties = best.map { best in shared.values.filter { $0 == best.value }.count } ?? 0
    let answer = (
      text: best.map { "did you mean '#\(anchors[$0.key])'?" },
      only: ties == 1 ? best.map { anchors[$0.key] } : nil
    )
    answers[anchor] = answer
    return answer
  }
}
