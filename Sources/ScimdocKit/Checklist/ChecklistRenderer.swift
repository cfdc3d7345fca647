import Foundation
import Mustache

/// Renders a ``Checklist`` as Markdown, HTML (Mustache templates) or JSON.
public enum ChecklistRenderer {
  /// Output formats of `scimdoc checklist`.
  public enum Format: String, Sendable, CaseIterable {
    case md, html, json
  }

  /// Renders `checklist`; templates come from `templatesDirectory` when given, else built in.
  public static func render(
    _ checklist: Checklist, format: Format, templatesDirectory: String? = nil
  ) throws(InputError) -> String {
    if format == .json {
      do {
        return try ManifestCoding.encode(checklist)
      } catch {
        throw InputError(
          path: "-", location: nil, message: .custom("cannot encode checklist"), lineText: nil)
      }
    }
    let name = "checklist.\(format.rawValue).mustache"
    let path = try templatePath(name, directory: templatesDirectory)
    let text = try SourceLoader().load(path)
    let template: MustacheTemplate
    do {
      template = try MustacheTemplate(string: String(decoding: text.bytes, as: UTF8.self))
    } catch {
      throw InputError(
        path: path, location: nil, message: .custom("invalid template: \(error)"), lineText: nil)
    }
    return template.render(checklist)
  }

  /// The template file `name` in `directory`, or the built-in one.
  static func templatePath(_ name: String, directory: String?) throws(InputError) -> String {
    if let directory {
      let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
      if FileManager.default.fileExists(atPath: path) { return path }
    }
    guard let dir = BuiltInResources.folder("Templates") else {
      throw InputError(
        path: name, location: nil, message: .custom("built-in templates are missing"), lineText: nil
      )
    }
    return dir.appendingPathComponent(name).path
  }
}

// Templates look values up by name. Without these, swift-mustache reflects
// (Mirror) on every lookup, ~50 M instructions per checklist; each answers
// exactly what reflection would: the stored property of that name, an
// optional unwrapped (nil when absent, so the lookup goes on to the outer
// context), and nil for any other name.

extension Checklist: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "provider": provider
    case "product": product
    case "source": source
    case "storageKey": storageKey
    case "prerequisites": prerequisites
    case "groups": groups
    case "facts": facts
    case "hasPrerequisites": hasPrerequisites
    case "hasFacts": hasFacts
    default: nil
    }
  }
}

extension ChecklistGroup: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": id
    case "title": title
    case "breadcrumb": breadcrumb
    case "optional": optional
    case "items": items
    default: nil
    }
  }
}

extension ChecklistItem: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": id
    case "number": number
    case "text": text
    case "breadcrumb": breadcrumb
    case "expected": expected
    case "verify": verify
    case "severity": severity
    case "line": line
    case "hasBreadcrumb": hasBreadcrumb
    case "hasExpected": hasExpected
    case "requirementIDs": requirementIDs
    case "checked": checked
    case "violated": violated
    case "problems": problems
    default: nil
    }
  }
}
