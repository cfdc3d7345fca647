import Foundation

extension AtomicWriter {
  /// Removes temporary files that killed runs left behind under the root.
  ///
  /// A write that is interrupted (SIGKILL, power loss) between creating its
  /// temporary file and renaming it leaves `.<name>.tmp-<pid>-<n>`. Those are
  /// hidden but would pile up, so each build sweeps them first. A temporary
  /// file whose process is still alive (a concurrent build) is left alone.
  ///
  /// - Returns: the number of files removed.
  @discardableResult
  public func removeStaleTemporaries() -> Int {
    let fm = FileManager.default
    guard let walker = fm.enumerator(atPath: root.path) else { return 0 }
    var removed = 0
    while let rel = walker.nextObject() as? String {
      let name = (rel as NSString).lastPathComponent
      guard let pid = Self.temporaryOwner(name), !Self.isAlive(pid) else { continue }
      if (try? fm.removeItem(atPath: root.appendingPathComponent(rel).path)) != nil {
        removed += 1
      }
    }
    return removed
  }

  /// The process id in a temporary file name `.<name>.tmp-<pid>-<n>`, else nil.
  static func temporaryOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix("."), let marker = name.range(of: ".tmp-", options: .backwards) else {
      return nil
    }
    let parts = name[marker.upperBound...].split(separator: "-")
    guard parts.count == 2, let pid = pid_t(parts[0]), UInt32(parts[1]) != nil else { return nil }
    return pid
  }

  /// True when `pid` is a running process other than this one (a temporary
  /// file named with our own pid at startup is a leftover of a reused pid).
  static func isAlive(_ pid: pid_t) -> Bool {
    if pid == getpid() { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
