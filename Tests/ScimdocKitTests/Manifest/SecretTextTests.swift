import Foundation
import Testing

@testable import ScimdocKit

/// Issue 15: secrets a page writes are masked where extraction keeps them,
/// and ordinary words are not.
@Suite struct SecretTextTests {
  @Test(arguments: [
    (
      "enter `https://admin:pa55word@acme.example/scim/v2`",
      "enter `https://admin:(secret)@acme.example/scim/v2`"
    ),
    ("enter `Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig`.", "enter `Bearer (secret)`."),
    ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic (secret)"),
    (
      "In the API Token field, enter 9f8e7d6c5b4a39281706f5e4.",
      "In the API Token field, enter (secret)."
    ),
    (
      "see https://acme.example/help?access_token=abc123&page=2",
      "see https://acme.example/help?access_token=(secret)&page=2"
    ),
    ("call https://acme.example/x?api_key=k3y", "call https://acme.example/x?api_key=(secret)"),
    ("https://9f8e7d6c5b4a@scim.acme.example/v2", "https://(secret)@scim.acme.example/v2"),
    (
      "Set the Secret Token and Tenant URL http://u:p4ss@scim.acme2.example/v2/tenant0042",
      "Set the Secret Token and Tenant URL http://u:(secret)@scim.acme2.example/v2/tenant0042"
    ),
  ])
  func secretsAreMasked(_ text: String, _ expected: String) {
    #expect(SecretText.masked(text) == expected)
    #expect(SecretText.holdsSecret(text))
  }

  @Test(arguments: [
    "Set Authentication to Bearer token.",
    "Use Bearer authentication for every call.",
    "Basic authentication is not supported.",
    "Enter your token in the Secret Token box, for example YOUR_SECRET_TOKEN.",
    "The tenant URL is https://acme.example/scim/v2/ and mail goes to admin@acme.example.",
    "Copy the token from the Administration page under Settings.",
    "Provisioning interval: every 40 minutes.",
    "Clone https://git@github.example/acme/scim.git to start.",
  ])
  func ordinaryWordsStay(_ text: String) {
    #expect(SecretText.masked(text) == text)
  }

  @Test func everyInputEndsAndKeepsNoCanary() {
    var generator = SystemRandomNumberGenerator()
    let pieces = [
      "Bearer ", "basic ", "://", ":", "@", "?", "&", "=", ".", ",", " ", "token", "key=",
      "CANARY7f3c9e1d5b2a4d8e", "a", "/", "\n", "é",
    ]
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0..<24, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      _ = SecretText.masked(text)
    }
    let line = "In the API Token field, enter CANARY7f3c9e1d5b2a4d8e."
    #expect(!SecretText.masked(line).contains("CANARY"))
  }

  @Test(arguments: [
    "AppKey", "TokenKey", "ConsumerKey", "Oauth2AuthorizationCode", "ConnectionString",
    "SecretKey", "AccessKey", "x-api-key", "Pwd", "SharedKey", "secretText", "client_secret",
  ])
  func credentialNamesCoverGraphAndCommonKeys(_ name: String) {
    #expect(SecretText.isCredentialName(name))
  }

  @Test(arguments: [
    "BaseAddress", "userName", "displayName", "key", "SyncAll", "tokenized", "title",
  ])
  func ordinaryKeysAreNotCredentials(_ name: String) {
    #expect(!SecretText.isCredentialName(name))
  }
}
