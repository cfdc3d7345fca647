import Foundation
import Mustache
import Testing

@testable import ScimdocKit

/// The hand-written `MustacheParent` lookups of the checklist types against
/// their simple twin, reflection (what swift-mustache does without them):
/// every stored property answers as `Mirror` finds it, optionals unwrapped,
/// on the checklists of the content pages and the real setup pages.
@Suite struct MustacheParentTwinTests {
  /// What reflection answers for `name` on `value`: the stored property, an
  /// optional unwrapped, nil for any other name.
  static func reflected(_ value: Any, _ name: String) -> Any? {
    guard let child = Mirror(reflecting: value).children.first(where: { $0.label == name }) else {
      return nil
    }
    let inner = Mirror(reflecting: child.value)
    return inner.displayStyle == .optional ? inner.children.first?.value : child.value
  }

  static func same(_ value: any MustacheParent, _ file: String) -> [String] {
    var names = Mirror(reflecting: value).children.compactMap(\.label)
    names.append("noSuchField")
    return names.compactMap { name in
      let fast = value.child(named: name).map { String(describing: $0) } ?? "nil"
      let slow = reflected(value, name).map { String(describing: $0) } ?? "nil"
      return fast == slow ? nil : "\(file): \(type(of: value)).\(name): \(fast) ≠ \(slow)"
    }
  }

  static var pages: [String] {
    var out = ["content"].flatMap { folder in
      (FileManager.default.enumerator(
        atPath: TestPaths.packageRoot.appendingPathComponent(folder).path)?
        .allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }.map {
          TestPaths.packageRoot.appendingPathComponent(folder).appendingPathComponent($0).path
        }
    }
    if let real = TestPaths.shared("corpus/real-scim", for: "MustacheParent twin on real pages") {
      let files = FileManager.default.enumerator(atPath: real.path)?.allObjects as? [String] ?? []
      out += files.filter { $0.hasSuffix(".md") }.map { real.appendingPathComponent($0).path }
    }
    return out.sorted()
  }

  @Test func lookupsAnswerAsReflection() throws {
    let pipeline = ManifestPipeline(loader: SourceLoader(), profiles: TestPipeline.profiles)
    var differences: [String] = []
    var compared = 0
    for page in Self.pages {
      guard let (manifest, _) = try? pipeline.manifest(at: page) else { continue }
      let checklist = ChecklistBuilder.build(manifest)
      differences += Self.same(checklist, page)
      for item in checklist.prerequisites { differences += Self.same(item, page) }
      for group in checklist.groups {
        differences += Self.same(group, page)
        for item in group.items { differences += Self.same(item, page) }
      }
      compared += 1
    }
    #expect(compared >= 4)
    #expect(differences == [])
  }
}
