import Foundation
import Testing

@testable import ScimdocKit

/// `--format` / `-o` planning, `--root` paths and glob sets, as values.
@Suite struct ReportOutputsTests {
  func plan(_ formats: [ReportFormat], _ outputs: [String]) -> [ReportDestination]? {
    try? ReportOutputs.plan(formats: formats, outputs: outputs).get()
  }

  @Test func formatsGoToFilesAndOneToStdout() {
    #expect(plan([], []) == [ReportDestination(format: .text)])
    #expect(
      plan([.text, .sarif], ["sarif=r.sarif"])
        == [ReportDestination(format: .sarif, file: "r.sarif"), ReportDestination(format: .text)])
    #expect(
      plan([], ["sarif=r.sarif"])
        == [ReportDestination(format: .sarif, file: "r.sarif"), ReportDestination(format: .text)],
      "-o FORMAT=FILE alone adds the format; text stays on stdout")
    #expect(plan([.github], ["out.txt"]) == [ReportDestination(format: .github, file: "out.txt")])
    #expect(
      plan([.json], ["a=b.json"]) == [ReportDestination(format: .json, file: "a=b.json")],
      "not a format before '=': the whole value is the file")
    #expect(plan([.json, .text], []) == nil, "two formats on stdout")
    #expect(plan([.json, .sarif], ["x"]) == nil, "a plain -o with two stdout formats")
    #expect(plan([.json], ["json="]) == nil, "no file named")
  }

  @Test func rootMakesPathsRelativeInsideItAndAbsoluteOutside() {
    let cwd = FileManager.default.currentDirectoryPath
    let relative = PathRelativizer(root: "/repo/docs")
    #expect(relative("/repo/docs/content/a.md") == "content/a.md")
    #expect(relative("/repo/docs/./content/../b.md") == "b.md")
    #expect(relative("/repo/other.md") == "/repo/other.md")
    #expect(relative("/repo/docs") == ".")
    #expect(relative("-") == "-", "stdin keeps its name")
    #expect(PathRelativizer(root: ".")("content/a.md") == "content/a.md")
    #expect(PathRelativizer(root: "content")(cwd + "/content/x/y.md") == "x/y.md")
  }

  @Test func globSetsAreOneCharacterOfTheSet() throws {
    #expect(Glob.matches("content/[ab].md", "content/a.md"))
    #expect(!Glob.matches("content/[ab].md", "content/c.md"))
    #expect(Glob.matches("content/[!ab].md", "content/c.md"))
    #expect(!Glob.matches("content/[!ab].md", "content/a.md"))
    #expect(Glob.matches("[a-c]*/*.md", "b/x.md"))
    #expect(Glob.matches("content/[.md", "content/[.md"), "an unclosed [ is itself")
    #expect(!Glob.matches("content/[!/]x.md", "content//x.md"))
  }
}
