/// GitHub-style heading anchors.
public enum Anchors {
  /// The headings of `document` with their anchors (duplicates numbered `-1`, `-2`).
  public static func headings(in document: MarkupNode, file: SourceFile) -> [HeadingInfo] {
    []
  }
}
