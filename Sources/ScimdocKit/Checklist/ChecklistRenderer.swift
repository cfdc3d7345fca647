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
    // Markdown templates insert text unescaped: page text is made inert
    // first (an inert `<img onerror=...>` in a code span must not become
    // HTML, and a `<your-subdomain>` placeholder must not vanish).
    let checklist = format == .md ? checklist.escapedForMarkdown() : checklist
    let name = "checklist.\(format.rawValue).mustache"
    if let directory = templatesDirectory {
      let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
      if FileManager.default.fileExists(atPath: path) {
        let text = try SourceLoader().load(path)
        return try template(String(decoding: text.bytes, as: UTF8.self), path: path)
          .render(checklist)
      }
    }
    return try builtInTemplate(format).render(checklist)
  }

  /// Reads and parses the templates a `--templates` folder holds, so that a
  /// missing folder or a template that does not parse is an error before any
  /// page is rendered (``render(_:format:templatesDirectory:)`` of each page
  /// then cannot fail on them).
  ///
  /// - Throws: ``InputError`` naming the folder or the template.
  public static func checkTemplates(in directory: String) throws(InputError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw InputError(path: directory, location: nil, message: .fileNotFound, lineText: nil)
    }
    guard isDirectory.boolValue else {
      throw InputError(
        path: directory, location: nil, message: .custom("--templates must be a folder"),
        lineText: nil)
    }
    for format in Format.allCases where format != .json {
      let path = URL(fileURLWithPath: directory)
        .appendingPathComponent("checklist.\(format.rawValue).mustache").path
      guard FileManager.default.fileExists(atPath: path) else { continue }
      let text = try SourceLoader().load(path)
      _ = try template(String(decoding: text.bytes, as: UTF8.self), path: path)
    }
  }

  /// The built-in template for `format`, parsed once per process.
  private static func builtInTemplate(_ format: Format) throws(InputError) -> MustacheTemplate {
    let parsed = format == .html ? builtInHTML : builtInMarkdown
    return try parsed.get()
  }

  private static let builtInHTML = builtIn("checklist.html.mustache")
  private static let builtInMarkdown = builtIn("checklist.md.mustache")

  private static func builtIn(_ name: String) -> Result<MustacheTemplate, InputError> {
    Result { () throws(InputError) in
      try template(BuiltInResources.text("Templates/" + name) ?? "", path: "built-in " + name)
    }
  }

  private static func template(_ text: String, path: String) throws(InputError) -> MustacheTemplate
  {
    do {
      return try MustacheTemplate(string: text)
    } catch {
      throw InputError(
        path: path, location: nil, message: .custom("invalid template: \(error)"), lineText: nil)
    }
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
    case "formatVersion": formatVersion
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
