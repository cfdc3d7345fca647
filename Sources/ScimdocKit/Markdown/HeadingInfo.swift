/// A heading with its GitHub-style anchor.
public struct HeadingInfo: Sendable, Equatable {
  public var level: Int
  public var text: String
  public var anchor: String
  public var byteRange: Range<Int>

  public init(level: Int, text: String, anchor: String, byteRange: Range<Int>) {
    self.level = level
    self.text = text
    self.anchor = anchor
    self.byteRange = byteRange
  }
}
