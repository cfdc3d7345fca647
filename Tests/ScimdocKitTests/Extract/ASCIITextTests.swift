import Foundation
import Testing

@testable import ScimdocKit

@Suite struct ASCIITextTests {
  /// Byte replacement answers as Foundation for ASCII text, and declines other text.
  @Test func replacingMatchesFoundation() {
    let cases: [(String, String, String)] = [
      ("/{object}/mappings", "{object}", "groups"),
      ("/{object}/{object}", "{object}", "users"),
      ("/users/enabled", "{object}", "groups"),
      (" azure ad azure ad ", " azure ad ", " "),
      (" enabling scim in azure ad ", " azure ad ", " "),
      ("a_b__c", "_", " "),
      ("", "_", " "),
    ]
    for (text, needle, replacement) in cases {
      #expect(
        ASCIIText.replacing(needle, with: replacement, in: text)
          == text.replacingOccurrences(of: needle, with: replacement), "\(text)")
    }
    #expect(ASCIIText.replacing("_", with: " ", in: "caf\u{E9}_x") == nil)
    #expect(ASCIIText.replacing("a;b", with: " ", in: "a;b") == nil)
  }

  /// A link text's first word is read as `split(separator: " ").first?.lowercased()` reads it.
  @Test func firstWordKeywords() {
    #expect(ASCIIText.firstWordKeyword("Enable SCIM") == .some(.enable))
    #expect(ASCIIText.firstWordKeyword("  create a token") == .some(.create))
    #expect(ASCIIText.firstWordKeyword("SCIM setup") == .some(nil))
    #expect(ASCIIText.firstWordKeyword("Enable \u{301}SCIM") == nil)
    #expect(ASCIIText.firstWordKeyword("Enabl\u{E9} SCIM") == nil)
    #expect(ASCIIText.firstWordKeyword("   ") == nil)
  }

  /// Heading slugs for ASCII headings are those of the `Character` walk.
  @Test func asciiSlugsMatchCharacterWalk() {
    let headings = ["Enabling SCIM in Azure AD", "Step 2: Set up -- provisioning!", "  - a_b -  "]
    for heading in headings {
      let expected = String(
        heading.lowercased().compactMap { ch -> Character? in
          if ch == " " { return "-" }
          return ch.isLetter || ch.isNumber || ch == "-" || ch == "_" ? ch : nil
        })
      #expect(Slug.github(heading) == expected)
    }
    let entra = ProviderProfile(
      id: "entra", name: "Entra", detect: ["azure ad", "entra id"], settings: [], verify: [],
      matching: [], monitoring: [])
    #expect(Slug.neutral("Enabling SCIM in Azure AD", profile: entra) == "enabling-scim-in")
    #expect(Slug.neutral("Azure AD", profile: entra) == "azure-ad")
    #expect(Slug.neutral("Set up -- the app", profile: entra) == "set-up-the-app")
  }
}
