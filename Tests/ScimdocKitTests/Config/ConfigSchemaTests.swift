import Foundation
import Testing

@testable import ScimdocKit

/// The native examples validate against `schemas/config.schema.json`, and the
/// invalid ones that are objects with a provider do not (checked with Python's
/// `jsonschema`; skipped with a message when it is unavailable).
@Suite struct ConfigSchemaTests {
  static let schemaPath = SharedFixtures.packageRoot
    .appendingPathComponent("schemas/config.schema.json").path

  /// Validates each instance; returns one Bool per instance, or nil to skip.
  func validate(_ instances: [String]) throws -> [Bool]? {
    let script = """
      import json, sys
      try:
          import jsonschema
      except ImportError:
          print("NO_JSONSCHEMA"); sys.exit(0)
      schema = json.load(open(sys.argv[1]))
      jsonschema.Draft202012Validator.check_schema(schema)
      v = jsonschema.Draft202012Validator(schema)
      for text in json.load(sys.stdin):
          print("ok" if v.is_valid(json.loads(text)) else "bad")
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, Self.schemaPath]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    do { try process.run() } catch {
      print("SKIPPED schema validation: python3 is not available (\(error))")
      return nil
    }
    input.fileHandleForWriting.write(try JSONEncoder().encode(instances))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    if lines.first == "NO_JSONSCHEMA" {
      print("SKIPPED schema validation: python3 has no jsonschema module")
      return nil
    }
    #expect(process.terminationStatus == 0)
    return lines.map { $0 == "ok" }
  }

  @Test func examplesValidate() throws {
    guard let results = try validate(NativeConfigExamples.valid) else { return }
    #expect(results == Array(repeating: true, count: NativeConfigExamples.valid.count))
  }

  @Test func invalidExamplesDoNotValidate() throws {
    let texts = NativeConfigExamples.invalid.map(\.0).filter { $0.contains("provider") }
    guard let results = try validate(texts) else { return }
    #expect(results == Array(repeating: false, count: texts.count))
  }

  @Test func encodedConfigValidates() throws {
    let loaded = try ConfigLoader.load(
      file: SourceFile(path: "c.json", text: NativeConfigExamples.full))
    let text = String(decoding: try JSONEncoder().encode(loaded.config), as: UTF8.self)
    guard let results = try validate([text]) else { return }
    #expect(results == [true])
  }
}
