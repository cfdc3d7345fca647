/// Walks a page's blocks: headings give context, ordered lists become procedures.
struct ProcedureWalker {
  let page: Page

  /// The procedures of the page; requirements, facts and notes go into `state`.
  func walk(_ state: inout ExtractionState) -> [Procedure] {
    var headings: [(level: Int, text: String, anchor: String?, group: Bool)] = []
    var procedures: [Procedure] = []
    var sectionOptional = false
    var listsUnderHeading = 0
    for block in page.document.children {
      switch block.kind {
      case .heading(let level, _):
        headings.removeAll { $0.level >= level }
        let text = block.plainText
        let lower = TextSearch.lowercased(text)
        let group = TextSearch.contains("group", in: lower)
        headings.append((level, text, anchor(for: block, text: text), group))
        sectionOptional = TextSearch.contains("optional", in: lower)
        listsUnderHeading = 0
      case .list(let info) where info.ordered:
        listsUnderHeading += 1
        let base =
          headings.last.map { Slug.neutral($0.text, needles: state.folded.slugNeedles) }
          ?? "procedure"
        let id = listsUnderHeading == 1 ? base : "\(base)-\(listsUnderHeading)"
        let object = headings.contains(where: \.group) ? "groups" : "users"
        var context = StepContext(
          procedure: id, object: object, defaultSeverity: sectionOptional ? .note : .error)
        let steps = block.children.enumerated().map { i, item in
          step(item, number: i + 1, state: &state, context: &context)
        }
        procedures.append(
          Procedure(
            id: id, headingPath: headings.map(\.text), anchor: headings.last?.anchor,
            optional: sectionOptional, source: state.span(block.byteRange), steps: steps))
      default:
        // Prose: facts, prerequisites and the occasional instruction outside a list.
        if case .blockQuote = block.kind,
          TextSearch.contains("optional", in: TextSearch.lowercased(block.plainText))
        {
          sectionOptional = true
        }
        var context = StepContext(procedure: nil, defaultSeverity: .note, inStep: false)
        if headings.last?.group == true { context.object = "groups" }
        for paragraph in paragraphs(in: block)
        where ProseFilter.mayYield(paragraph, watchingLabels: state.watchesLabels) {
          for sentence in Tokenizer.sentences(of: paragraph, in: state.file) {
            _ = state.resolve(sentence, context: &context)
            state.readFacts(sentence, context: context)
          }
        }
      }
    }
    return procedures
  }

  /// One list item as a step: its text, notes, actions, and any mapping tables.
  private func step(
    _ item: MarkupNode, number: Int, state: inout ExtractionState, context: inout StepContext
  ) -> Step {
    var texts: [String] = []
    var notes: [StepNote] = []
    var actions: [Action] = []
    context.field = nil
    context.path = []
    let optional =
      ProseFilter.mayStartWithParenthesis(item)
      && TextSearch.lowercased(TextSearch.trimmed(item.plainText)).hasPrefix("(optional)")
    let saved = context.defaultSeverity
    if optional { context.defaultSeverity = .note }
    defer { context.defaultSeverity = saved }
    let blocks = item.children
    for (i, block) in blocks.enumerated() {
      switch block.kind {
      case .paragraph where !ProseFilter.mayYield(block, watchingLabels: state.watchesLabels):
        texts.append(block.plainText)
      case .paragraph:
        let sentences = Tokenizer.sentences(of: block, in: state.file)
        var secret: [Bool] = []
        for sentence in sentences {
          let found = state.resolve(sentence, context: &context)
          secret.append(found.contains { $0.secret })
          actions += found
          state.readFacts(sentence, context: context)
        }
        // A step that sets a secret never keeps a literal value in its text.
        if secret.contains(true) {
          let masked = zip(sentences, secret).map { $1 ? ExtractionState.masked($0) : $0.text }
          texts.append(masked.joined(separator: ". ") + ".")
        } else {
          texts.append(block.plainText)
        }
      case .table:
        let after = blocks[(i + 1)...].prefix { $0.kind == .paragraph }
          .flatMap { Tokenizer.sentences(of: $0, in: state.file) }
        state.readMappingTable(
          block, footnotes: after, severity: context.defaultSeverity, context: context)
      default:
        let text = TextSearch.trimmed(block.plainText, newlines: true)
        if !text.isEmpty { notes.append(StepNote(text: text, source: state.span(block.byteRange))) }
        var noteContext = context
        noteContext.inStep = true
        for paragraph in paragraphs(in: block)
        where ProseFilter.mayYield(paragraph, watchingLabels: state.watchesLabels) {
          for sentence in Tokenizer.sentences(of: paragraph, in: state.file) {
            state.readFacts(sentence, context: noteContext)
          }
        }
      }
    }
    return Step(
      number: number, text: texts.joined(separator: " "), source: state.span(item.byteRange),
      notes: notes, actions: actions)
  }

  /// Paragraphs at any depth in `block` (itself included).
  private func paragraphs(in block: MarkupNode) -> [MarkupNode] {
    // Most blocks are a paragraph: no walk.
    if block.kinds == .paragraph { return [block] }
    var out: [MarkupNode] = []
    var stack: [MarkupNode] = [block]
    while let node = stack.popLast() {
      // Depth first, in order; a paragraph holds only inlines.
      if case .paragraph = node.kind {
        out.append(node)
      } else if node.isBlock {
        stack.append(contentsOf: node.children.reversed())
      }
    }
    return out
  }

  private func anchor(for heading: MarkupNode, text: String) -> String? {
    if let info = page.headings.first(where: { $0.byteRange == heading.byteRange }) {
      return info.anchor
    }
    return Slug.github(text)
  }
}

/// GitHub-style heading slugs, used when the page's heading index lacks one.
enum Slug {
  /// A procedure id that survives renaming the provider: the heading's slug
  /// without the provider's names ("Enabling SCIM in Azure AD" and "... in
  /// Microsoft Entra ID" both give `enabling-scim-in`).
  static func neutral(_ heading: String, profile: ProviderProfile) -> String {
    neutral(heading, needles: needles(profile.detect))
  }

  /// The detection phrases as ``neutral(_:needles:)`` removes them: longest
  /// first, each between spaces. Made once per profile (``FoldedProfile``),
  /// not per heading.
  static func needles(_ detect: [String]) -> [String] {
    detect.sorted(by: { $0.count > $1.count }).map { " \($0) " }
  }

  /// ``neutral(_:profile:)`` with the profile's ``needles(_:)``.
  static func neutral(_ heading: String, needles: [String]) -> String {
    var text = " " + heading.lowercased() + " "
    for needle in needles {
      text =
        ASCIIText.replacing(needle, with: " ", in: text)
        ?? TextSearch.replacing(needle, with: " ", in: text)
    }
    let slug = github(TextSearch.trimmed(text))
    let joined =
      asciiBytes(slug).map { joinedDashRuns($0) }
      ?? slug.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
    return joined.isEmpty ? github(heading) : joined
  }

  static func github(_ text: String) -> String {
    if let bytes = asciiBytes(text) {
      // ASCII: a byte is a character (a CR LF pair is dropped either way).
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      for b in bytes {
        let c = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
        switch c {
        case 0x20: out.append(UInt8(ascii: "-"))
        case 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "_"): out.append(c)
        default: break
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    return String(
      text.lowercased().compactMap { ch -> Character? in
        if ch == " " { return "-" }
        return ch.isLetter || ch.isNumber || ch == "-" || ch == "_" ? ch : nil
      })
  }

  /// The bytes of `s` when it is ASCII.
  private static func asciiBytes(_ s: String) -> [UInt8]? {
    let bytes = Array(s.utf8)
    return bytes.contains { $0 >= 0x80 } ? nil : bytes
  }

  /// Runs of `-` made one, and none at either end.
  private static func joinedDashRuns(_ bytes: [UInt8]) -> String {
    let dash = UInt8(ascii: "-")
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pending = false
    for b in bytes {
      if b == dash {
        pending = !out.isEmpty
      } else {
        if pending { out.append(dash) }
        pending = false
        out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
