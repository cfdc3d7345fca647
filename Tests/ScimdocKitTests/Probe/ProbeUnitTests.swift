import ScimdocKit
import ScimdocProbe
import Testing

/// Attribute paths, base URLs and the rule catalogue.
@Suite struct ProbeUnitTests {
  @Test(
    arguments: [
      ("userName", nil, "userName", nil, nil),
      ("name.givenName", nil, "name", "givenName", nil),
      (#"emails[type eq "work"].value"#, nil, "emails", "value", "work"),
      (
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "employeeNumber", nil, nil
      ),
    ] as [(String, String?, String, String?, String?)])
  func attributePaths(
    text: String, schema: String?, attribute: String, sub: String?, filterValue: String?
  ) throws {
    let path = try #require(SCIMAttributePath(text))
    #expect(path.schema == schema)
    #expect(path.attribute == attribute)
    #expect(path.subAttribute == sub)
    #expect(path.filter?.value == filterValue)
  }

  @Test func expressionsAreNoAttributePaths() {
    #expect(SCIMAttributePath("Not([IsSoftDeleted])") == nil)
    #expect(SCIMAttributePath("a.b.c") == nil)
    #expect(SCIMAttributePath("") == nil)
  }

  @Test func plainHTTPOnlyToLoopbackWithTheFlag() throws {
    #expect(
      try ProbeTarget.parse("https://scim.example.com/scim/v2/", allowHTTPLoopback: false).get()
        == ProbeTarget(origin: "https://scim.example.com", path: "/scim/v2"))
    #expect(
      ProbeTarget.parse("http://127.0.0.1:8080/v2", allowHTTPLoopback: false)
        == .failure(.plainHTTP("http://127.0.0.1:8080/v2")))
    #expect(
      ProbeTarget.parse("http://scim.example.com/v2", allowHTTPLoopback: true)
        == .failure(.notLoopback("scim.example.com")))
    for host in ["127.0.0.1", "[::1]", "localhost"] {
      #expect(
        (try? ProbeTarget.parse("http://\(host):9/v2", allowHTTPLoopback: true).get()) != nil,
        "\(host)")
    }
    #expect(
      ProbeTarget.parse("https://u:p@x.example/v2", allowHTTPLoopback: false)
        == .failure(.credentials))
    #expect(
      ProbeTarget.parse("scim.example.com/v2", allowHTTPLoopback: false)
        == .failure(.notAURL("scim.example.com/v2")))
  }

  @Test func probeRulesAreInTheCatalogue() {
    for rule in ProbeRules.all { #expect(RuleCatalog.isKnown(rule.id), "\(rule.id)") }
    #expect(Set(ProbeRules.all.map(\.id)).count == ProbeRules.all.count)
  }
}
