/// SARIF for a run that could not do its job (exit code 2): a valid log, not
/// an empty file, so a CI step that uploads it shows why.
extension SARIFReporter {
  /// The log for `error`: `executionSuccessful: false`, exit code 2, the
  /// error as a tool execution notification at its place, and no results.
  public static func toolError(_ error: InputError, toolName: String = "scimdoc") -> String {
    var place: Location?
    if !error.path.isEmpty, error.path != "-" {
      let region = error.location.map {
        Region(
          startLine: max(1, $0.line), startColumn: max(1, $0.column), endLine: max(1, $0.line),
          endColumn: max(1, $0.column) + 1)
      }
      place = Location(
        physicalLocation: Physical(artifactLocation: Artifact(uri: uri(error.path)), region: region)
      )
    }
    return toolError(message: error.message.text, location: place, toolName: toolName)
  }

  /// The log for a tool error that has no place in a file (a usage error).
  public static func toolError(message: String, toolName: String = "scimdoc") -> String {
    toolError(message: message, location: nil, toolName: toolName)
  }

  /// `results` is an empty array, not left out: GitHub's upload reads it,
  /// and `executionSuccessful: false` already keeps code scanning from
  /// taking the run as "no alerts any more".
  private static func toolError(message: String, location: Location?, toolName: String)
    -> String
  {
    let text = SecretText.masked(Redactor.scrubPatterns(message))
    let notification = Notification(
      message: Text(text: text), locations: location.map { [$0] })
    let invocation = Invocation(
      executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [notification])
    let driver = Driver(
      name: toolName, version: ScimdocVersion.current, semanticVersion: ScimdocVersion.current,
      rules: [])
    let run = Run(tool: Tool(driver: driver), invocations: [invocation], results: [])
    return StableJSON.encode(Log(runs: [run])) + "\n"
  }
}
