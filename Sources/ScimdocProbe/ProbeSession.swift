import Foundation
import ScimdocKit

/// Everything `scimdoc probe` needs before its first request: the page's
/// plan, the base URL and the page text for snippets. Every problem here is
/// a tool error (exit 2), found before any token is sent.
public struct ProbeSession: Sendable {
  public var plan: ProbePlan
  public var target: ProbeTarget
  /// The page, by path, for the text report's snippets (none for a manifest).
  public var sources: [String: SourceFile]

  /// Reads `path` (a setup page, or a manifest written by `scimdoc
  /// manifest`) and settles the base URL: `url` when given, else the page's
  /// own tenant URL.
  public init(
    path: String, url: String?, allowHTTPLoopback: Bool, pipeline: ManifestPipeline
  ) throws(InputError) {
    let manifest: Manifest
    if path.lowercased().hasSuffix(".json") {
      let file = try pipeline.loader.load(path)
      do {
        manifest = try ManifestCoding.decode(String(decoding: file.bytes, as: UTF8.self))
      } catch {
        throw InputError(
          path: path, location: nil,
          message: .custom(
            "not a scimdoc manifest (write one with `scimdoc manifest PAGE -o FILE`)"),
          lineText: nil)
      }
      sources = [:]
    } else {
      manifest = try pipeline.manifest(at: path).0
      sources = [path: try pipeline.loader.load(path)]
    }
    plan = ProbePlan(manifest)
    target = try Self.target(
      plan: plan, url: url, allowHTTPLoopback: allowHTTPLoopback, path: path,
      file: sources[path])
  }

  /// The base URL to probe, or why there is none.
  static func target(
    plan: ProbePlan, url: String?, allowHTTPLoopback: Bool, path: String, file: SourceFile?
  ) throws(InputError) -> ProbeTarget {
    let given: String
    var origin = "--url"
    if let url {
      given = url
    } else {
      guard let requirement = plan.tenantURL, let value = requirement.value?.stringValue else {
        throw InputError(
          path: path, location: nil,
          message: .custom("the page gives no tenant URL; name the endpoint with --url URL"),
          lineText: nil)
      }
      let location = SourceLocation(
        line: requirement.source.line, column: requirement.source.column, offset: 0)
      guard requirement.op == .equals, !value.contains("{"), !value.contains("<") else {
        throw InputError(
          path: path, location: location,
          message: .custom(
            "the page's tenant URL '\(value)' is a template; give your own with --url URL"),
          lineText: file?.lineText(requirement.source.line))
      }
      given = value
      origin = "the page's tenant URL"
    }
    switch ProbeTarget.parse(given, allowHTTPLoopback: allowHTTPLoopback) {
    case .success(let target): return target
    case .failure(let problem):
      throw InputError(
        path: path, location: nil, message: .custom("\(origin): \(problem)"), lineText: nil)
    }
  }

  /// The token from the environment variable `env` or the file `file`
  /// (surrounding white space dropped). Never echoed in an error.
  public static func token(env: String?, file: String?, loader: SourceLoader) throws(InputError)
    -> String
  {
    if let env {
      let value = ProcessInfo.processInfo.environment[env]?.trimmingCharacters(
        in: .whitespacesAndNewlines)
      guard let value, !value.isEmpty else {
        throw InputError(
          path: "--token-env", location: nil,
          message: .custom("the environment variable \(env) is not set or empty"), lineText: nil)
      }
      return value
    }
    guard let file else {
      throw InputError(
        path: "scimdoc probe", location: nil,
        message: .custom("give the token with --token-env NAME or --token-file FILE"),
        lineText: nil)
    }
    let bytes = try loader.readBytes(file)
    let value = String(decoding: bytes, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    guard !value.isEmpty, !value.contains("\n") else {
      throw InputError(
        path: file, location: nil,
        message: .custom(
          value.isEmpty ? "the token file is empty" : "the token file holds more than one line"),
        lineText: nil)
    }
    return value
  }
}
