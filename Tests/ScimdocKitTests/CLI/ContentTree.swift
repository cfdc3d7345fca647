import Foundation

/// Generates a content tree of setup-like pages written for these tests.
enum ContentTree {
  /// Writes `count` pages under `root/content` in a few folders and returns
  /// the content folder.
  @discardableResult
  static func write(pages count: Int, under root: URL) throws -> URL {
    let content = root.appendingPathComponent("content")
    for i in 0..<count {
      let folder = content.appendingPathComponent("area-\(i % 7)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try page(i).write(
        to: folder.appendingPathComponent("setup-page-\(i).md"), atomically: false, encoding: .utf8)
    }
    return content
  }

  /// One page: front matter, a Contents list, a procedure with a note, a
  /// mapping table and a link to a neighbour page.
  static func page(_ i: Int) -> String {
    let provider = ["Azure AD", "Okta", "OneLogin"][i % 3]
    return """
      ---
      title: "Connecting Widgetry \(i) with \(provider)"
      order: \(i)
      updated: 2024-0\(1 + i % 9)-1\(i % 10)
      page_id: "connecting_widgetry_\(i)"
      warning: false
      ---

      Widgetry \(i) accepts user provisioning from \(provider). You need to be a
      workspace admin to turn it on.

      ## Contents

      * [Turning on provisioning](#turning-on-provisioning)
      * [Mapping attributes](#mapping-attributes)

      ## Turning on provisioning

      1. Open the **Provisioning** tab.
      1. Set **Provisioning Mode** to **Automatic**.
      1. In **Tenant URL**, enter `https://api.widgetry.example/scim/v2/`.
         > Keep the trailing slash.
      1. Select **Test Connection**. It must answer `HTTP 200 OK`.
      1. Set **Provisioning Status** to **On** and select **Save**.

      ## Mapping attributes

      | Source | Target |
      |---|---|
      | `userPrincipalName` | `userName` |
      | `mail` | `emails[type eq "work"].value` |

      See also [page \(i + 1)](/docs/area-\((i + 1) % 7)/setup-page-\(i + 1)/).

      """
  }
}

/// A small seeded generator (SplitMix64) so random kill times repeat.
struct SeededRNG: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
