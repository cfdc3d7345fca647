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
        let file = try input.loader.load(page)
        let page = try PageParser.parse(file)
        // Page text may quote a bearer token, a URL with a password or a
        // token typed in a credential field: the dump shows them masked.
        switch format {
        case .tree:
          print(
            SecretText.masked(
              FrontMatterDumper.dump(page.frontMatter)
                + TreeDumper.dumpMarkdown(page.document, in: page.source)), terminator: "")
        case .cmarkXML:
          print(SecretText.masked(CmarkXMLRenderer.render(page.document, in: file)), terminator: "")
        }
      }
    }
  }
}

enum DumpFormat: String, ExpressibleByArgument, CaseIterable {
  case tree
  case cmarkXML = "cmark-xml"
}
