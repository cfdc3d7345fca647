import Testing

@testable import ScimdocKit

/// Okta and OneLogin exports with values of the wrong type: a positioned
/// error (exit 2 in the CLI), never a crash, and never the secret quoted.
@Suite struct ExportMalformedTests {
  func failure(_ text: String) -> InputError? {
    do {
      _ = try ConfigLoader.load(file: SourceFile(path: "export.json", text: text))
      return nil
    } catch {
      return error
    }
  }

  /// (export, line, column, words the message must hold).
  static let cases: [(String, Int, Int, String)] = [
    (#"{"connection": [1]}"#, 1, 1, "unrecognised config"),
    (#"{"features": [], "connection": "on"}"#, 1, 32, "expected an object at '/connection'"),
    (#"{"connection": {"baseUrl": 42}}"#, 1, 28, "expected a string at '/connection/baseUrl'"),
    (#"{"connection": {"status": true}}"#, 1, 27, "expected a string at '/connection/status'"),
    (#"{"connection": {"authScheme": "MAGIC"}}"#, 1, 31, "unknown Okta authScheme 'MAGIC'"),
    (#"{"connection": {"profile": []}}"#, 1, 28, "expected an object at '/connection/profile'"),
    (#"{"features": [1]}"#, 1, 15, "expected an object at '/features/0'"),
    (#"{"features": [{"name": "USER_PROVISIONING", "capabilities": 3}]}"#, 1, 61, "capabilities"),
    (
      #"{"features": [{"name": "USER_PROVISIONING", "capabilities": {"update": {"profile": 1}}}]}"#,
      1, 84, "'/features/0/capabilities/update/profile'"
    ),
    (#"{"app": {"label": "x", "features": "GROUP_PUSH"}}"#, 1, 36, "expected an array"),
    (#"{"app": {"label": "x", "features": [7]}}"#, 1, 37, "expected a string"),
    (#"{"connector_id": 1, "provisioning": {"enabled": "yes"}}"#, 1, 49, "true or false"),
    (#"{"connector_id": 1, "provisioning": []}"#, 1, 37, "expected an object"),
    (#"{"connector_id": 1, "configuration": {"scim_base_url": 5}}"#, 1, 56, "expected a string"),
    (#"{"connector_id": 1, "parameters": 5}"#, 1, 35, "expected an object at '/parameters'"),
  ]

  @Test(arguments: cases)
  func wrongTypesArePositionedErrors(_ example: (String, Int, Int, String)) throws {
    let error = try #require(failure(example.0), "\(example.0) loaded")
    #expect(error.location?.line == example.1, "\(error.rendered)")
    #expect(error.location?.column == example.2, "\(error.rendered)")
    #expect(error.message.text.contains(example.3), "\(error.rendered)")
  }

  /// The line an error quotes has the token masked (minified export).
  @Test func errorsNeverQuoteTheToken() throws {
    let okta = #"{"connection": {"profile": {"token": "CANARY-err-0c41"}, "baseUrl": 1}}"#
    let oneLogin =
      #"{"connector_id": 1, "configuration": {"scim_bearer_token": "CANARY-err-0c41", "scim_base_url": 1}}"#
    for text in [okta, oneLogin] {
      let error = try #require(failure(text))
      #expect(error.location != nil)
      #expect(error.lineText?.contains("****") == true, "\(error.rendered)")
      #expect(!error.rendered.contains("err-0c41"), "\(error.rendered)")
    }
  }
}
