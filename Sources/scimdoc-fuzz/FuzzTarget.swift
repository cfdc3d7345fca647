import ScimdocKit

/// One fuzzed entry point into ScimdocKit: a name and a function over bytes.
///
/// Every target must return normally for any input; an `InputError` is the
/// expected way to refuse bad input, anything else (a trap, a hang, runaway
/// memory) is a finding.
enum FuzzTarget: String, CaseIterable, Sendable {
  /// Front matter splitting, YAML loading and the typed front matter reader.
  case frontmatter
  /// The Markdown parser, the cmark XML renderer and the tree dumper.
  case markdown
  /// The JSON reader over raw bytes (UTF-16 detection included).
  case json
  /// The config loader (native and Entra Graph exports).
  case entra
  /// Extraction on arbitrary pages: page analysis as `check` runs it, then
  /// the extractor, manifest validation and the Markdown checklist.
  case extract
  /// The whole page: parse, anchors, dumpers.
  case page

  /// The target named by `SCIMDOC_FUZZ_TARGET`, or nil when unset or unknown.
  static func fromEnvironment(_ value: String?) -> FuzzTarget? {
    value.flatMap { FuzzTarget(rawValue: $0.lowercased()) }
  }

  /// Runs the target over `bytes`. Input errors are swallowed: they are the
  /// parsers' documented answer to bad input.
  func run(_ bytes: [UInt8]) {
    let path = "fuzz-input"
    switch self {
    case .frontmatter: Self.frontMatter(bytes, path: path)
    case .markdown: Self.markdown(bytes, path: path)
    case .json: _ = try? JSONDocument(path: path, bytes: bytes)
    case .entra: _ = try? ConfigLoader.load(path: path, bytes: bytes)
    case .extract: Self.extract(bytes, path: path)
    case .page: Self.page(bytes, path: path)
    }
  }

  private static func frontMatter(_ bytes: [UInt8], path: String) {
    guard let file = try? SourceFile(path: path, bytes: bytes) else { return }
    guard let split = try? FrontMatterSplitter.split(file) else { return }
    guard let root = try? YAMLLoader.load(file, yaml: split.yamlBytes) else { return }
    _ = FrontMatterDumper.dump(root)
    if let typed = try? FrontMatterReader.read(root, range: split.range, in: file) {
      _ = FrontMatterDumper.dump(typed)
    }
  }

  private static func markdown(_ bytes: [UInt8], path: String) {
    guard let file = try? SourceFile(path: path, bytes: bytes) else { return }
    let document = MarkdownParser.parse(file)
    _ = CmarkXMLRenderer.render(document, in: file)
    _ = Anchors.headings(in: document, file: file)
  }

  /// Provider profiles, loaded once per process.
  private static let profiles = try? ProfileSet.load()

  private static func extract(_ bytes: [UInt8], path: String) {
    let (analysis, page) = PageAnalyzer.analyze(
      bytes: bytes, path: "content/\(path).md", project: ProjectConfig())
    _ = analysis.findings.count
    guard let page, let profiles else { return }
    let manifest = Extractor(profiles: profiles).manifest(for: page)
    _ = ManifestValidator.validate(manifest)
    _ = try? ManifestCoding.encode(manifest)
    let checklist = ChecklistBuilder.build(manifest)
    _ = try? ChecklistRenderer.render(checklist, format: .md)
  }

  private static func page(_ bytes: [UInt8], path: String) {
    guard let file = try? SourceFile(path: path, bytes: bytes) else { return }
    guard let page = try? PageParser.parse(file) else { return }
    _ = TreeDumper.dump(page)
    _ = FrontMatterDumper.dump(page.frontMatter)
  }
}
