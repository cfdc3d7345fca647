extension DocRule {
  /// A tiny Entra setup page whose tenant URL step says `url`.
  static func setup(_ title: String, url: String, extra: String = "") -> String {
    page(
      "title: \"\(title)\"",
      "Acme supports SCIM provisioning through Microsoft Entra ID.\n\n## Setting up provisioning\n\n"
        + "1. In the **Provisioning Mode** menu, select **Automatic**.\n"
        + "1. In the **Tenant URL** field, enter `\(url)`.\n" + extra)
  }
}

extension DocRules {
  /// What extraction finds on setup pages.
  static let setupRules: [DocRule] = [
    DocRule(
      "insecure-endpoint", .error, "A setup page's SCIM endpoint is not https.",
      triggering: [["a.md": DocRule.setup("Acme", url: "http://scim.acme.example/v2/")]],
      nonTriggering: [["a.md": DocRule.setup("Acme", url: "https://scim.acme.example/v2/")]]),
    DocRule(
      "credentials-in-url", .error,
      "A setup page's SCIM endpoint holds credentials or a secret-looking query.",
      triggering: [["a.md": DocRule.setup("Acme", url: "https://scim.acme.example/v2/?token=abc")]],
      nonTriggering: [
        ["a.md": DocRule.setup("Acme", url: "https://scim.acme.example/v2/?tenant=7")]
      ]),
    DocRule(
      "contradiction", .error,
      "A later step sets a value an earlier step set differently (both places named).",
      triggering: [
        [
          "a.md": DocRule.setup(
            "Acme", url: "https://scim.acme.example/v2/",
            extra: "1. In the **Provisioning Mode** menu, select **Manual**.\n")
        ]
      ],
      nonTriggering: [
        [
          "a.md": DocRule.setup(
            "Acme", url: "https://scim.acme.example/v2/",
            extra: "1. In the **Provisioning Mode** menu, select **Automatic**.\n")
        ]
      ]),
    DocRule(
      "unmapped-setting", .note,
      "A step sets something no provider profile knows, so it cannot be checked.",
      triggering: [
        [
          "a.md": DocRule.setup(
            "Acme", url: "https://scim.acme.example/v2/",
            extra: "1. Set **Colour Theme** to **Dark**.\n")
        ]
      ],
      nonTriggering: [["a.md": DocRule.setup("Acme", url: "https://scim.acme.example/v2/")]]),
    DocRule(
      "cross-page-conflict", .warning,
      "Two pages give different values for the same product and setting.",
      triggering: [
        [
          "b.md": DocRule.setup("Acme B", url: "https://scim.acme.example/v2/"),
          "a.md": DocRule.setup("Acme A", url: "https://scim.acme.example/v1/"),
        ]
      ],
      nonTriggering: [
        [
          "b.md": DocRule.setup("Acme B", url: "https://scim.acme.example/v2/"),
          "a.md": DocRule.setup("Acme A", url: "https://scim.acme.example/v2/"),
        ]
      ]),
  ]
}
