/// Native scimdoc configs written for the tests (valid against the schema).
enum NativeConfigExamples {
  /// The canary secret: must never appear in any output.
  static let canary = "canary-7f3a9c1e-DO-NOT-PRINT"

  /// A complete config for a generic SCIM app.
  static let full = """
    {
      "$schema": "https://scimdoc.dev/schemas/config.schema.json",
      "provider": "entra",
      "tenantUrl": "https://scim.example.test/v2/",
      "secretToken": "\(canary)",
      "authentication": "bearer",
      "provisioningMode": "automatic",
      "provisioningStatus": "on",
      "scope": "assigned",
      "users": {
        "enabled": true,
        "actions": ["create", "update", "delete"],
        "matching": [{"target": "userName", "source": "userPrincipalName", "precedence": 1}],
        "mappings": [
          {"source": "userPrincipalName", "target": "userName", "matchingPrecedence": 1},
          {"source": "Switch([IsSoftDeleted], , \\"False\\", \\"True\\", \\"True\\", \\"False\\")",
           "target": "active", "type": "expression"},
          {"source": "en", "target": "preferredLanguage", "type": "constant", "flow": "ObjectAddOnly"}
        ]
      },
      "groups": {"enabled": false},
      "syncInterval": "PT40M",
      "features": {"pushGroups": false}
    }
    """

  /// The smallest native config: a provider key alone.
  static let minimal = #"{"provider": "okta", "features": {"pushGroups": true}}"#

  /// A native config stating job health.
  static let withHealth = """
    {"provider": "generic", "provisioningStatus": "off",
     "health": {"statusCode": "Quarantine", "quarantineReason": "TooManyDeletes",
                "successiveFailures": 3, "intervalNotConfigured": false}}
    """

  /// Okta's user actions: `deactivate`, not `delete`.
  static let oktaActions = #"{"provider": "okta", "users": {"actions": ["create", "deactivate"]}}"#

  static let valid = [full, minimal, withHealth, oktaActions]

  /// Invalid configs: text, expected line and column, and a message fragment.
  static let invalid: [(String, Int, Int, String)] = [
    (#"{"provider": "entra", "scope": "everyone"}"#, 1, 32, "expected one of 'assigned', 'all'"),
    ("{\"provider\": \"okta\",\n \"tenantURL\": \"x\"}", 2, 2, "unknown key 'tenantURL'"),
    (#"{"provider": "okta", "users": {"enabled": "yes"}}"#, 1, 43, "expected true or false"),
    (#"{"provider": "okta", "syncInterval": "40 minutes"}"#, 1, 38, "ISO 8601"),
    (#"{"provider": "okta", "users": {"actions": ["create", "create"]}}"#, 1, 54, "twice"),
    (#"{"provider": "okta", "groups": {"mappings": [{"source": "x"}]}}"#, 1, 46, "needs 'target'"),
    (#"{"provider": "okta", "secretToken": 42}"#, 1, 37, "expected a string"),
    ("[1, 2]", 1, 1, "must be a JSON object"),
    (#"{"name": "x"}"#, 1, 1, "unrecognised config"),
  ]
}
