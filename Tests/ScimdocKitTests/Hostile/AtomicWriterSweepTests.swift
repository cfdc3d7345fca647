import Foundation
import Testing

@testable import ScimdocKit

/// Temporaries left by killed writers are recognised and swept; live
/// writers' temporaries and ordinary hidden files are kept.
@Suite("AtomicWriter sweep")
struct AtomicWriterSweepTests {
  @Test func recognisesTemporaryNames() {
    #expect(AtomicWriter.temporaryOwner(".index.json.tmp-123-4567") == 123)
    #expect(AtomicWriter.temporaryOwner(".a.tmp-b.md.tmp-9-1") == 9)
    #expect(AtomicWriter.temporaryOwner("index.json.tmp-123-4567") == nil)
    #expect(AtomicWriter.temporaryOwner(".hidden") == nil)
    #expect(AtomicWriter.temporaryOwner(".x.tmp-12") == nil)
    #expect(AtomicWriter.temporaryOwner(".x.tmp-a-1") == nil)
  }

  @Test func sweepsOnlyDeadWritersTemporaries() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scimdoc-sweep-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let writer = AtomicWriter(root: root.path)
    try writer.write("{}", to: "page/manifest.json")
    let dead = root.appendingPathComponent("page/.manifest.json.tmp-2147483000-77")
    let live = root.appendingPathComponent("page/.checklist.md.tmp-1-78")  // pid 1 is alive
    let hidden = root.appendingPathComponent("page/.keep")
    for url in [dead, live, hidden] {
      _ = FileManager.default.createFile(atPath: url.path, contents: Data("{\"a\":".utf8))
    }
    #expect(writer.removeStaleTemporaries() == 1)
    #expect(!FileManager.default.fileExists(atPath: dead.path))
    #expect(FileManager.default.fileExists(atPath: live.path))
    #expect(FileManager.default.fileExists(atPath: hidden.path))
    #expect(
      FileManager.default.fileExists(atPath: root.appendingPathComponent("page/manifest.json").path)
    )
  }
}
