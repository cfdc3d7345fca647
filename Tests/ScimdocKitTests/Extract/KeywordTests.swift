import Testing

@testable import ScimdocKit

@Suite struct KeywordTests {
  /// Every keyword is found from its spelling, and only from it.
  @Test func spellingsRoundTrip() {
    for k in Keyword.allCases {
      #expect(Keyword(word: k.spelling) == k, "\(k)")
      #expect(k.spelling == k.spelling.lowercased())
      #expect(k.spelling.utf8.count <= KeywordTable.longest)
    }
    for word in ["", "sel", "selects", "Select", "turnon", "dont", "dropdown-", "x"] {
      #expect(Keyword(word: word) == nil || Keyword(word: word)?.spelling == word, "\(word)")
    }
  }

  /// The spelling table follows the cases: one per case, each the case's
  /// name but for the five written with `-` or `'`.
  @Test func spellingTableFollowsCases() {
    #expect(Keyword.spellings.count == Keyword.allCases.count)
    let written = [
      Keyword.doesnt: "doesn't", .dont: "don't", .dropDown: "drop-down", .isnt: "isn't",
      .shouldnt: "shouldn't",
    ]
    for k in Keyword.allCases {
      #expect(k.spelling == written[k] ?? String(describing: k), "\(k)")
    }
  }

  /// The prose filter's word bytes are the tokenizer's.
  @Test func wordBytesAgree() {
    for b in UInt8(0)..<0x80 { #expect(ProseFilter.isWordByte(b) == Tokenizer.isWordByte(b)) }
  }

  /// Tokens carry the keyword of their lowercase word, however the page writes it.
  @Test func tokensCarryKeywords() {
    let file = SourceFile(path: "k.md", text: "SELECT the **X** menu, don’t Ünïcödé Turn")
    let doc = MarkdownParser.parse(file)
    var paragraphs: [MarkupNode] = []
    doc.walk { if $0.kind == .paragraph { paragraphs.append($0) } }
    let tokens = paragraphs.flatMap { Tokenizer.tokens(of: $0, in: file) }
    #expect(tokens.map(\.keyword) == [.select, .the, nil, .menu, nil, .dont, nil, .turn])
    #expect(tokens.map(\.word) == ["select", "the", nil, "menu", nil, "don't", "ünïcödé", "turn"])
  }

  /// The one-pass phrase counter answers as lowering the body and counting each phrase.
  @Test func phraseCountsMatchTextSearch() {
    let phrases = ["azure ad", "azure", "okta", "entra id", "Okta", "a", "x;y"]
    let counter = PhraseCounter(phrases)
    let bodies = [
      "Azure AD and AZURE ad; azure active directory. Okta okta OKTA.",
      "Caf\u{E9} azure\u{301} ad, azure ad\u{301}, \u{1F680}okta\u{1F680}",
      "\u{212A}ELVIN: o\u{212A}ta and okta, Entra ID, x;y",
      "azureazure ad azure adazure ad", "", "a",
    ]
    for body in bodies {
      let lowered = TextSearch.lowercased(body)
      let counts = counter.counts(inLowercased: body)
      for phrase in phrases {
        #expect(counts[phrase] == TextSearch.count(phrase, in: lowered), "\(phrase) in \(body)")
      }
    }
  }
}
