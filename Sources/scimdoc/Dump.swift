import ArgumentParser
import ScimdocKit

extension SCIMDoc {
  struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dump",
      abstract: "Print a page's source-positioned tree (front matter and Markdown).",
      discussion: """
        Formats:
          tree       a readable tree with line:column ranges (default)
          cmark-xml  the Markdown as `cmark-gfm -t xml --sourcepos -e table` prints it,
                     with the front-matter lines blanked

        Example:
          scimdoc dump content/configuring-scim-with-azure-ad.md
        """)

    @Argument(help: "The Markdown page to dump.")
    var page: String

    @Option(help: "Output format: tree or cmark-xml.")
    var format: DumpFormat = .tree

    @OptionGroup var input: InputOptions

    func run() throws {
      try runReportingErrors {
        let loaded = try input.loader.load(page)
        // Secrets the page writes (a bearer token, a URL's password, a token
        // typed in a credential field) are overwritten in its bytes before
        // parsing, so every position in the dump stays and nothing rendered
        // is redacted afterwards.
        let masked = SecretText.overwritten(loaded.bytes)
        let file =
          masked == loaded.bytes ? loaded : try SourceFile(path: loaded.path, bytes: masked)
        let page = try PageParser.parse(file)
        switch format {
        case .tree:
          print(
            FrontMatterDumper.dump(page.frontMatter)
              + TreeDumper.dumpMarkdown(page.document, in: page.source), terminator: "")
        case .cmarkXML:
          print(CmarkXMLRenderer.render(page.document, in: file), terminator: "")
        }
      }
    }
  }
}

enum DumpFormat: String, ExpressibleByArgument, CaseIterable {
  case tree
  case cmarkXML = "cmark-xml"
}
