import Foundation

/// One shared copy of each distinct string, across threads: the pages of a
/// site link to the same few targets many times over, and a large site's
/// link targets are kept until every page has been read.
final class StringInterner: @unchecked Sendable {
  private let lock = NSLock()
  private var strings = Set<String>()

  /// The stored string equal to `s` (`s` itself the first time).
  func intern(_ s: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    return strings.insert(s).memberAfterInsert
  }
}
