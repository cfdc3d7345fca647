import Foundation
import Testing

@testable import ScimdocKit

/// Every manifest the tests produce is valid against `schemas/manifest.schema.json`,
/// checked with Python `jsonschema` (skipped, visibly, when it is missing).
@Suite struct SchemaValidationTests {
  @Test func manifestsMatchThePublishedSchema() throws {
    var paths = [TestPaths.samplePage]
    if let history = TestPaths.shared("corpus/scim-pages", for: "schema validation of real pages") {
      let fm = FileManager.default
      for name in try fm.contentsOfDirectory(atPath: history.path) where name.hasSuffix(".md") {
        paths.append(history.appendingPathComponent(name).path)
      }
      let h = history.appendingPathComponent("history")
      for page in try fm.contentsOfDirectory(atPath: h.path) {
        for name in try fm.contentsOfDirectory(atPath: h.appendingPathComponent(page).path) {
          paths.append(h.appendingPathComponent(page).appendingPathComponent(name).path)
        }
      }
    }
    let dir = fm_temp()
    var written = 0
    for (i, path) in paths.enumerated() {
      guard let manifest = try? TestPipeline.manifest(path) else { continue }  // rejected input
      written += 1
      let json = try ManifestCoding.encode(manifest)
      try json.write(
        toFile: dir.appendingPathComponent("m\(i).json").path, atomically: true, encoding: .utf8)
    }
    let schema = TestPaths.packageRoot.appendingPathComponent("schemas/manifest.schema.json").path
    let script = """
      import glob, json, sys
      try:
          import jsonschema
      except ImportError:
          print("SKIP"); sys.exit(0)
      schema = json.load(open(sys.argv[1]))
      v = jsonschema.Draft202012Validator(schema)
      bad = 0
      for p in sorted(glob.glob(sys.argv[2] + "/*.json")):
          for e in v.iter_errors(json.load(open(p))):
              bad += 1; print(p, list(e.absolute_path), e.message[:200])
      print("CHECKED", len(glob.glob(sys.argv[2] + "/*.json")), "BAD", bad)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, schema, dir.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch {
      print("SKIPPED schema validation: python3 not found")
      return
    }
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if out.hasPrefix("SKIP") {
      print("SKIPPED schema validation: Python jsonschema is not installed")
      return
    }
    print(String(out.split(separator: "\n").last ?? ""))
    #expect(written >= paths.count - 1)
    #expect(out.contains("CHECKED \(written) BAD 0"), "\(out)")
  }

  private func fm_temp() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scimdoc-schema-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
