import Testing

@testable import ScimdocKit

/// Regressions found by the secret canary test: `dump` printed page text
/// with bearer tokens and URL passwords, and the build cache stored them.
@Suite("Redactor regressions")
struct RedactorRegressionTests {
  @Test func scrubsURLPasswords() {
    let r = Redactor()
    #expect(r.scrub("see https://admin:s3cr3t@host/x") == "see https://admin:[REDACTED]@host/x")
    #expect(
      r.scrub(#"{"u":"https:\/\/admin:s3cr3t@host\/"}"#)
        == #"{"u":"https:\/\/admin:[REDACTED]@host\/"}"#)
    #expect(r.scrub("mail me: a@b.example, time 10:30") == "mail me: a@b.example, time 10:30")
    #expect(r.scrub("https://user@host/") == "https://user@host/")
  }

  @Test func bearerTokenEndsAtABackslash() {
    let dumped = #"literal: "curl -H \"Authorization: Bearer abcd1234\" https://x""#
    #expect(
      Redactor().scrub(dumped)
        == #"literal: "curl -H \"Authorization: Bearer [REDACTED]\" https://x""#)
  }

  /// Words after "Bearer" are words: a quote naming the **SCIM Bearer Token**
  /// field was printed as "SCIM Bearer [REDACTED]".
  @Test func ordinaryWordsAfterBearerStay() {
    let r = Redactor()
    for text in [
      "Paste it into the SCIM Bearer Token box", "Bearer authentication.", "a bearer token",
    ] {
      #expect(r.scrub(text) == text)
    }
    #expect(r.scrub("Bearer abcd1234") == "Bearer [REDACTED]")
    #expect(r.scrub("Bearer AbCdEfGhIj") == "Bearer [REDACTED]")
    #expect(r.scrub("Bearer supersecretvaluefortests") == "Bearer [REDACTED]")
  }
}
