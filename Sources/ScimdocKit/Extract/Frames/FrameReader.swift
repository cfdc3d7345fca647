import Foundation

/// The second extraction pass: frames anchored on the profile's labels,
/// mapping tables anywhere, checks and roles, on every block of the page.
///
/// It adds what the rule pass (``ProcedureWalker``) did not find: a key the
/// rule pass already requires is left as it is.
struct FrameReader {
  let page: Page
  /// The profiles a section may name ("Okta" in a heading), merged with the fallback.
  let sectionProfiles: [(detect: [String], profile: ProviderProfile)]
  let vocabulary = Vocabulary.shared
  /// True when the page names several providers and none in its title.
  var pageIsGeneric = false
  /// The page's tabs (``ProviderSections``), read with their provider's labels.
  var tabs: [ProviderSections.Tab] = []
  /// The lines of each tab or heading section that names one provider, and that provider.
  var providerLines: [(lines: Range<Int>, provider: String)] = []
  /// The tabs that name one provider, with its profile.
  var tabProfiles: [(tab: ProviderSections.Tab, profile: ProviderProfile)] = []

  /// Where a block sits.
  struct Context {
    /// The open headings, each with whether it names a skipped section.
    var headings: [(level: Int, skips: Bool)] = []
    var object = "users"
    var skipped = false
    var optional = false
    var prerequisites = false
    /// The label-value matcher for `profile`, its labels folded once; a
    /// reference, so copying a context for a nested block stays cheap.
    var frames: LabelFrames
    var profile: ProviderProfile {
      get { frames.profile }
      set { frames = LabelFrames.shared(for: newValue) }
    }
    var procedure: String?
    /// On or off, from the sentence that leads into the current list.
    var listSwitch: Bool?
  }

  /// Headings whose sections are not setup instructions.
  static let skippedSections = [
    "troubleshoot", "faq", "frequently asked", "known issue", "limitation", "next step",
    "related", "additional resources", "more resources", "see also", "change log", "changelog",
    "learn more", "reference", "glossary", "how it works", "about ", "what is",
  ]

  mutating func read(_ state: inout ExtractionState) {
    var context = Context(frames: LabelFrames.shared(for: state.profile))
    var sections: [(start: Int, context: Context)] = [(0, context)]
    var previous = Sentences(nil, in: page.source)
    tabProfiles = tabs.compactMap { tab in
      ProviderSections.profile(named: tab.title, among: sectionProfiles).map { (tab, $0) }
    }
    providerLines = tabProfiles.map { ($0.tab.lines, $0.profile.id) }
    for block in page.document.children {
      if case .heading(let level, _) = block.kind {
        previous = Sentences(nil, in: page.source)
        let before = context.profile.id
        enterHeading(block, level: level, context: &context)
        if context.profile.id != before {
          let line = page.source.range(block.byteRange).start.line
          closeHeadingSection(at: line)
          if context.profile.id != state.profile.id { headingSection = (line, context.profile.id) }
        }
        sections.append((block.byteRange.lowerBound, context))
        state.awaitingValue = nil
        continue
      }
      state.sectionLines = headingSectionLines
      let sentences = Sentences(block, in: page.source)
      visit(block, sentences, context: context, leadIn: previous, state: &state)
      previous = sentences
    }
    closeHeadingSection(at: page.source.lineCount + 1)
    state.sectionLines = nil
    MatchingSteps.flush(&state)
    // "The app shows your SCIM base URL: ```https://...```", then "Paste the
    // base URL into **Base URL**": the one SCIM URL the page shows is the value.
    let shown = Set(state.shownEndpoints.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 })
    if shown.count == 1, let url = state.shownEndpoints.first {
      state.upgrade(
        "/tenantUrl", to: URLTemplate.isTemplate(url) ? .matches : .equals, .string(url))
    }
    // Pipe rows Markdown did not take for a table (a header row that
    // continues a list item's paragraph): read from the lines themselves.
    for run in Self.pipeRuns(in: page.source, from: page.bodyStart)
    where !state.readTables.contains(where: { $0.overlaps(run.range) }) {
      let context = sections.last { $0.start <= run.range.lowerBound }?.context ?? context
      guard !context.skipped else { continue }
      TableReader(vocabulary: vocabulary, profile: context.profile).read(
        literal: run.text, range: run.range, leadIn: [], context: context, state: &state)
    }
  }

  /// The open section a heading naming another provider began: its first line and provider.
  var headingSection: (line: Int, provider: String)?

  /// The lines of the open heading section so far (it runs until closed).
  private var headingSectionLines: Range<Int>? { headingSection.map { $0.line..<Int.max } }

  private mutating func closeHeadingSection(at line: Int) {
    if let open = headingSection, line > open.line {
      providerLines.append((open.line..<line, open.provider))
    }
    headingSection = nil
  }

  /// Runs of three or more lines that start with `|`, with a delimiter row,
  /// outside fenced code.
  static func pipeRuns(in file: SourceFile, from start: Int) -> [(range: Range<Int>, text: String)]
  {
    var runs: [(Range<Int>, String)] = []
    var current: [Range<Int>] = []
    var fenced = false
    func flush() {
      defer { current = [] }
      guard current.count >= 3, let first = current.first, let last = current.last else { return }
      let lines = current.map { file.text($0).trimmedSpaces }
      guard
        lines.prefix(3).contains(where: {
          $0.allSatisfy { "|-: ".contains($0) } && $0.contains("-")
        })
      else { return }
      runs.append((first.lowerBound..<last.upperBound, lines.joined(separator: "\n")))
    }
    for line in 1...max(1, file.lineCount) {
      let range = file.lineByteRange(line)
      guard range.lowerBound >= start else { continue }
      // Most lines start with neither a pipe nor a fence: no string is made for them.
      let first = file.bytes[range].first { $0 != 0x20 && $0 != 0x09 }
      guard first == UInt8(ascii: "|") || first == UInt8(ascii: "`") || first == UInt8(ascii: "~")
      else {
        flush()
        continue
      }
      let text = file.text(range).trimmedSpaces
      if text.hasPrefix("```") || text.hasPrefix("~~~") {
        fenced.toggle()
        flush()
        continue
      }
      if !fenced, text.hasPrefix("|"), text.dropFirst().contains("|") {
        current.append(range)
      } else {
        flush()
      }
    }
    flush()
    return runs
  }

  private func enterHeading(_ block: MarkupNode, level: Int, context: inout Context) {
    context.headings.removeAll { $0.level >= level }
    let text = block.plainText
    let own = " " + Clause.fold(text) + " "
    context.headings.append((level, Self.skippedSections.contains { own.has($0) }))
    // A section inside a troubleshooting or FAQ section is skipped with it.
    context.skipped = context.headings.contains { $0.skips }
    context.optional = own.has("optional")
    context.prerequisites =
      own.has("prerequisite") || own.has("before you") || own.has("requirement")
    let groups = Vocabulary.any(vocabulary.groupWords, in: own)
    let users = Vocabulary.any(vocabulary.userWords, in: own)
    if groups && !users {
      context.object = "groups"
    } else if level <= 2 || users {
      context.object = "users"
    }
    context.procedure = Slug.github(text)
    // A section that names another provider reads with that provider's labels.
    // Only a heading that names exactly one provider ("Okta configuration steps")
    // switches: "Configure G Suite in Microsoft Entra ID" names the app and the provider.
    let named = sectionProfiles.filter { entry in entry.detect.contains { own.has($0) } }
    // A page written for one provider keeps it: its other names are the app's.
    if pageIsGeneric, named.count == 1, let only = named.first { context.profile = only.profile }
  }

  /// A paragraph's sentences, read when first needed and then kept: most
  /// paragraphs name nothing a matcher looks for (their words say so without
  /// reading them), and the block after a paragraph takes them as its lead-in.
  final class Sentences {
    let block: MarkupNode?
    let file: SourceFile
    init(_ block: MarkupNode?, in file: SourceFile) {
      switch block?.kind {
      case .paragraph, .tableCell: self.block = block
      default: self.block = nil
      }
      self.file = file
    }

    lazy var clauses: [Clause] = block.map { ClauseReader.clauses(of: $0, in: file) } ?? []

    /// The words of the paragraph's source bytes, a superset of its sentences'
    /// words; nil when an entity (`&...;`) may decode into a word's letters.
    lazy var words: ParagraphWords? = block.flatMap { block in
      let range = block.byteRange.clamped(to: 0..<file.bytes.count)
      return file.bytes[range].contains(UInt8(ascii: "&"))
        ? nil : file.bytes.withUnsafeBufferPointer { ParagraphWords(source: $0, range) }
    }

    /// True when the paragraph's source holds `byte`.
    func has(_ byte: UInt8) -> Bool {
      guard let block else { return false }
      return file.bytes[block.byteRange.clamped(to: 0..<file.bytes.count)].contains(byte)
    }

    /// False when no sentence of the paragraph can hold any of `phrases`.
    func mayHold(_ phrases: Phrases) -> Bool {
      guard let words else { return true }
      return phrases.paragraphWords.contains { words.covers($0) }
    }
  }

  /// Reads a block and what it holds; `sentences` are a paragraph's,
  /// `leadIn` those of the paragraph just before the block among its siblings.
  private func visit(
    _ block: MarkupNode, _ sentences: Sentences, context: Context,
    leadIn sentencesBefore: Sentences, state: inout ExtractionState
  ) {
    guard !context.skipped else { return }
    var context = context
    // A block in a tab naming one provider reads with that provider's labels.
    if !tabProfiles.isEmpty {
      let start = block.byteRange.lowerBound
      if let tab = tabProfiles.first(where: { $0.tab.bytes.contains(start) }) {
        if context.profile.id != tab.profile.id { context.profile = tab.profile }
        state.sectionLines = tab.tab.lines
      } else {
        state.sectionLines = headingSectionLines
      }
    }
    var leadIn: [Clause] { sentencesBefore.clauses }
    switch block.kind {
    case .paragraph, .tableCell:
      // An awaited endpoint is a URL or a placeholder with a path: it has a `/`.
      if let words = sentences.words, !context.frames.mayRead(words),
        state.awaitingValue == nil || !sentences.has(UInt8(ascii: "/"))
      {
        return
      }
      for clause in sentences.clauses {
        context.frames.read(clause, context: context, state: &state)
      }
    case .table:
      TableReader(vocabulary: vocabulary, profile: context.profile).read(
        table: block, leadIn: leadIn, context: context, state: &state)
      SettingsTable.read(
        block, file: page.source, frames: context.frames, context: context, state: &state)
    case .codeBlock(let info, let literal, _):
      // An indented pipe table in a list item is a code block to Markdown.
      let lang = info.lowercased()
      // "The base URL format is:" and the URL alone in a code block.
      let lines = literal.split(separator: "\n").map { String($0).trimmedSpaces }
        .filter { !$0.isEmpty }
      if lines.count == 1, URLTemplate.looksLikeEndpoint(lines[0], marked: false) {
        state.shownEndpoints.append(lines[0])
      }
      if let key = state.awaitingValue, lines.count == 1,
        URLTemplate.looksLikeEndpoint(lines[0], marked: true)
      {
        state.upgrade(
          key, to: URLTemplate.isTemplate(lines[0]) ? .matches : .equals, .string(lines[0]))
        state.awaitingValue = nil
      }
      if lang.isEmpty || lang == "md" || lang == "markdown" || lang == "text" {
        TableReader(vocabulary: vocabulary, profile: context.profile).read(
          literal: literal, range: block.byteRange, leadIn: leadIn,
          context: context, state: &state)
      }
    case .list:
      var inner = context
      let frames = context.frames
      let lead = leadIn
      inner.listSwitch = frames.leadInSwitch(lead)
      TableReader(vocabulary: vocabulary, profile: context.profile).read(
        attributeList: block, leadIn: lead, context: context, state: &state)
      let steps =
        MatchingSteps.holds("match", block, in: page.source)
          || MatchingSteps.holds("map ", block, in: page.source)
        ? MatchingSteps(vocabulary: vocabulary, profile: context.profile) : nil
      for item in block.children {
        steps?.read(item, file: page.source, context: context, state: &state)
        visitChildren(item, context: inner, state: &state)
        if context.listSwitch == nil { state.awaitingValue = nil }
      }
    case .blockQuote, .item:
      visitChildren(block, context: context, state: &state)
    default:
      break
    }
  }

  private func visitChildren(_ block: MarkupNode, context: Context, state: inout ExtractionState) {
    var inner = context
    var previous = Sentences(nil, in: page.source)
    for child in block.children {
      let sentences = Sentences(child, in: page.source)
      // "In the group mappings, ...": the sentence before a table names its object.
      if case .paragraph = child.kind, !context.skipped {
        func names(_ phrases: Phrases) -> Bool {
          sentences.mayHold(phrases)
            && sentences.clauses.contains { Vocabulary.any(phrases, in: $0) }
        }
        let groups = names(vocabulary.groupWords)
        let users = names(vocabulary.userWords)
        if groups && !users {
          inner.object = "groups"
        } else if users && !groups {
          inner.object = "users"
        }
      }
      visit(child, sentences, context: inner, leadIn: previous, state: &state)
      previous = sentences
    }
  }
}
