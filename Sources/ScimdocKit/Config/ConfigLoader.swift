/// A provisioning config loaded from a file, with where each value came from.
///
/// Holds no input text: the secret token's value is dropped while loading, so
/// printing, dumping or encoding a loaded config cannot leak it.
public struct LoadedConfig: Sendable, Equatable, Codable, CustomStringConvertible {
  /// The input file's path.
  public var path: String
  /// The format the file was recognised as.
  public var format: ConfigFormat
  /// The neutral values.
  public var config: ProvisioningConfig
  /// Neutral JSON Pointer → position in the input.
  public var sourceMap: SourceMap

  public init(path: String, format: ConfigFormat, config: ProvisioningConfig, sourceMap: SourceMap)
  {
    self.path = path
    self.format = format
    self.config = config
    self.sourceMap = sourceMap
  }

  /// The input position of neutral `pointer` (or of its nearest parent).
  public func location(of pointer: String) -> SourceMap.Entry? { sourceMap.entry(for: pointer) }

  public var description: String {
    "LoadedConfig(\(path), \(format.rawValue), \(sourceMap.entries.count) mapped values)"
  }
}

/// The config formats scimdoc reads.
public enum ConfigFormat: String, Sendable, Codable, CaseIterable {
  /// scimdoc's own format (`schemas/config.schema.json`).
  case native
  /// A bundle of Microsoft Graph synchronization responses (Entra ID).
  case entraGraph = "entra-graph"
  /// Okta Management API responses (app, connection, features) in one object.
  case oktaExport = "okta-export"
  /// OneLogin's `GET /api/2/apps/{id}` response.
  case oneLoginExport = "onelogin-export"

  /// The kind's name in a message.
  public var title: String {
    switch self {
    case .native: return "scimdoc config"
    case .entraGraph: return "Microsoft Graph"
    case .oktaExport: return "Okta"
    case .oneLoginExport: return "OneLogin"
    }
  }

  /// False for a key this kind of file cannot hold: OneLogin's Apps API
  /// returns none of the provisioning options but `enabled`, so a page's
  /// **API Connection** or **Require admin approval** steps cannot be
  /// checked against its export. `lint` notes such a requirement for a
  /// check by hand instead of failing it.
  public func reports(_ key: String) -> Bool {
    switch self {
    case .oneLoginExport:
      return [
        "/tenantUrl", "/secretToken", "/authentication", "/provisioningStatus",
        "/provisioningMode", "/users/mappings", "/features/enableProvisioning",
      ].contains(key)
    case .native, .entraGraph, .oktaExport:
      return true
    }
  }
}

/// Detects a config file's format and loads it into the neutral model.
public enum ConfigLoader {
  /// The `$id` of scimdoc's config schema, for `"$schema"` in native configs.
  public static let schemaID = "https://scimdoc.dev/schemas/config.schema.json"

  /// Parses `file` as JSON and loads it.
  ///
  /// - Throws: ``InputError`` for invalid JSON, a top level that is not an
  ///   object, an unrecognised shape, or a value of the wrong type.
  /// The line an error prints is masked where it holds a secret.
  public static func load(file: SourceFile) throws(InputError) -> LoadedConfig {
    try load(document: parse(file))
  }

  /// Parses a config's JSON; a syntax error's quoted line has its string
  /// values masked, since the parser cannot yet tell which are secrets.
  /// Use this, never `JSONDocument(parsing:)`, for config files.
  public static func parse(_ file: SourceFile) throws(InputError) -> JSONDocument {
    do {
      return try JSONDocument(parsing: file)
    } catch {
      throw SecretMasking.maskingStringValues(error, in: file)
    }
  }

  /// Parses a config's raw bytes: UTF-16 and UTF-32 are named as such, and
  /// syntax errors are masked as in ``parse(_:)``.
  public static func parse(path: String, bytes: [UInt8]) throws(InputError) -> JSONDocument {
    if let error = JSONDocument.wideEncodingError(path: path, bytes: bytes) { throw error }
    return try parse(SourceFile(path: path, bytes: bytes))
  }

  /// Loads a file's raw bytes (UTF-16 and UTF-32 are named as such).
  public static func load(path: String, bytes: [UInt8]) throws(InputError) -> LoadedConfig {
    if let error = JSONDocument.wideEncodingError(path: path, bytes: bytes) { throw error }
    return try load(file: SourceFile(path: path, bytes: bytes))
  }

  /// Loads an already parsed document.
  public static func load(document: JSONDocument) throws(InputError) -> LoadedConfig {
    let root = document.root
    do {
      let format = try detect(root)
      let (config, map) =
        switch format {
        case .native: try NativeConfigLoader.load(root)
        case .entraGraph: try EntraConfigLoader.load(root)
        case .oktaExport: try OktaExportLoader.load(root)
        case .oneLoginExport: try OneLoginExportLoader.load(root)
        }
      return LoadedConfig(path: document.file.path, format: format, config: config, sourceMap: map)
    } catch {
      let secrets = SecretMasking.secretRanges(in: root)
      throw SecretMasking.masking(error, ranges: secrets, in: document.file)
    }
  }

  /// Recognises the format from the top-level object's keys.
  ///
  /// A `"$schema"` naming scimdoc's config schema means native; any of
  /// `jobs`, `job`, `secrets`, `schema`, `servicePrincipal` means a Graph
  /// bundle, as does `"provider": "entra-graph"`; a `connection` object, a
  /// `features` list, a `groupPush` list or an Okta `app` means an Okta
  /// export; a OneLogin app (`connector_id` beside `provisioning`,
  /// `parameters` or `configuration`, at the top or as `app`) means a
  /// OneLogin export (whatever `provider` says: no native config has these
  /// shapes); otherwise a `provider` key means native. A `provider` naming a
  /// format (`okta-export`, `onelogin-export`) forces it.
  public static func detect(_ root: JSONNode) throws(InputError) -> ConfigFormat {
    guard root.kind == .object else {
      throw root.configError(
        "a config must be a JSON object, but the top level is \(root.kind)")
    }
    if let schema = root["$schema"]?.string, isScimdocSchema(schema) { return .native }
    let provider = root["provider"]?.string
    if let provider, let format = ConfigFormat(rawValue: provider), format != .native {
      return format
    }
    if EntraConfigLoader.bundleKeys.contains(where: { root[$0] != nil }) { return .entraGraph }
    // No valid native config has these shapes, `provider` or not.
    if OneLoginExportLoader.matches(root) { return .oneLoginExport }
    if OktaExportLoader.matches(root) { return .oktaExport }
    if root["provider"] != nil { return .native }
    throw root.configError(
      "unrecognised config: expected a scimdoc config (an object with \"$schema\": "
        + "\"\(schemaID)\" or a \"provider\" key), a Microsoft Graph export (an object "
        + "with \"jobs\" or \"job\", \"secrets\" and \"schema\"), an Okta export (an "
        + "object with \"app\", \"connection\" and \"features\") or a OneLogin app "
        + "(GET /api/2/apps/{id})")
  }

  /// True when `uri` names scimdoc's config schema (any version or host).
  static func isScimdocSchema(_ uri: String) -> Bool {
    uri == schemaID || (uri.contains("scimdoc") && uri.hasSuffix("config.schema.json"))
  }
}
