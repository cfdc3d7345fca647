/// The tool's version.
public enum ScimdocVersion {
  public static let current = "0.1.0"
}
