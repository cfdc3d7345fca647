import Testing

@testable import ScimdocKit

/// Mapping tables in any column order, with precedence in a column or a `*` footnote.
@Suite struct MappingTableTests {
  static let page = """
    ---
    title: "Acme Widgets with Microsoft Entra ID"
    ---

    ## Mapping user attributes

    1. Under **Attribute Mappings**, map these attributes:

        Mapping type | Target attribute | Microsoft Entra ID attribute | Matching precedence
        --- | --- | --- | ---
        Direct | `emails[type eq "work"].value` | `mail` | 2
        Direct | `userName` | `userPrincipalName` | 1
        Expression | `active` | `Not([IsSoftDeleted])` |

    ## Mapping group attributes

    1. Select **Yes** to turn on **Provision Microsoft Entra ID Groups**.
    1. Add these mappings:

        Source attribute | Target attribute | Match objects using this attribute
        --- | --- | ---
        `objectId` &#x2a; | `externalId` | No
        `displayName` | `displayName` | No

        &#x2a; For `objectId`, set the value for **Matching precedence** to `1`.
    """

  @Test func columnsInAnyOrderWithPrecedenceColumn() throws {
    let m = try TestPipeline.manifest(markdown: Self.page)
    let mappings = try #require(m.requirements("/users/mappings").first)
    #expect(mappings.op == .contains)
    guard case .array(let rows)? = mappings.value else { throw TestFailure("no rows") }
    #expect(rows.count == 3)
    #expect(
      rows[2]
        == .object([
          "source": .string("Not([IsSoftDeleted])"), "target": .string("active"),
          "type": .string("expression"), "matching": .bool(false),
        ]))
    let matching = try #require(m.requirements("/users/matching").first)
    #expect(
      matching.value
        == .array([
          .object([
            "source": .string("userPrincipalName"), "target": .string("userName"),
            "precedence": .int(1),
          ]),
          .object([
            "source": .string("mail"), "target": .string("emails[type eq \"work\"].value"),
            "precedence": .int(2),
          ]),
        ]))
  }

  @Test func footnotePrecedenceForGroups() throws {
    let m = try TestPipeline.manifest(markdown: Self.page)
    #expect(m.requirements("/groups/enabled").first?.value == .bool(true))
    let matching = try #require(m.requirements("/groups/matching").first)
    #expect(
      matching.value
        == .array([
          .object([
            "source": .string("objectId"), "target": .string("externalId"), "precedence": .int(1),
          ])
        ]))
    #expect(matching.source.line == 20)
  }
}
