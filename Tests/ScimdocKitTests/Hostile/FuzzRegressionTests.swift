import Foundation
import ScimdocKit
import Testing

/// Inputs the fuzzers found, rebuilt small by hand (no corpus text).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  /// entra target, timeout: a config whose syntax error sits on one long
  /// line of many short strings; masking that line tested every string
  /// range at every byte (quadratic: over 10 s for 56 KB under ASan).
  @Test func maskingALongBrokenLineIsLinear() throws {
    let values = (0..<40_000).map { _ in #""v""# }.joined(separator: ",")
    let text = #"{"secretToken": "t0ken-value", "list": ["# + values + "], }"
    let start = Date()
    do {
      _ = try ConfigLoader.load(file: SourceFile(path: "c.json", text: text))
      Issue.record("a trailing comma was accepted")
    } catch {
      #expect(error.rendered.contains("trailing comma"))
      #expect(!error.rendered.contains("t0ken-value"))
      #expect(error.lineText?.contains(#"["*","*""#) == true)
    }
    #expect(Date().timeIntervalSince(start) < 5 * Bounded.timeScale)
  }

  /// The fuzzer's shape: deep `[{"":` nesting past the depth limit.
  @Test func deepKeyedNestingIsRefusedQuickly() throws {
    let text = "{\"token\": 1, \"a\": " + String(repeating: #"[{"":"#, count: 10_000)
    let start = Date()
    #expect(throws: InputError.self) {
      try ConfigLoader.load(file: SourceFile(path: "c.json", text: text))
    }
    #expect(Date().timeIntervalSince(start) < 5 * Bounded.timeScale)
  }
}
