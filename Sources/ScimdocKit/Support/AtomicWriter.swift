import Foundation

/// Writes files so that a reader never sees a partial one: the bytes go to a
/// temporary file in the same folder, are flushed, and are renamed into place.
/// Every path is checked to stay inside the output root.
public struct AtomicWriter: Sendable {
  /// The folder every write must stay inside (standardised, absolute).
  public let root: URL

  public init(root: String) {
    self.root = URL(fileURLWithPath: root).standardizedFileURL
  }

  /// Writes `bytes` to `relativePath` under the root, creating folders.
  ///
  /// - Throws: ``InputError`` when the path would leave the root or the write fails.
  public func write(_ bytes: [UInt8], to relativePath: String) throws(InputError) {
    try stage(bytes, to: relativePath).commit()
  }

  /// A file written in full beside its target, not yet renamed into place.
  public struct Staged: Sendable {
    let temp: URL
    let target: URL

    /// Renames the file into place.
    public func commit() throws(InputError) {
      guard rename(temp.path, target.path) == 0 else {
        let why = String(cString: strerror(errno))
        unlink(temp.path)
        throw InputError(
          path: target.path, location: nil, message: .custom("cannot write: \(why)"),
          lineText: nil)
      }
    }

    /// Removes the written file; the target is left as it was.
    public func discard() { unlink(temp.path) }
  }

  /// Writes `bytes` to a temporary file beside `relativePath` (flushed,
  /// with the target's permissions) without touching the target: a build
  /// stages every output, then publishes them together.
  public func stage(_ bytes: [UInt8], to relativePath: String) throws(InputError) -> Staged {
    let target = try resolve(relativePath)
    let folder = target.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw failure(target, "cannot create folder: \(error.localizedDescription)")
    }
    try checkNoSymlinks(between: root, and: folder, target: target)
    let temp = folder.appendingPathComponent(
      ".\(target.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure(target, String(cString: strerror(errno))) }
    var ok = true
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n <= 0 {
          ok = false
          break
        }
        offset += n
      }
    }
    // A file being replaced keeps its permissions (0644 for a new one).
    var existing = stat()
    if ok, lstat(target.path, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG,
      fchmod(fd, existing.st_mode & 0o7777) != 0
    {
      ok = false
    }
    if ok && fsync(fd) != 0 { ok = false }
    close(fd)
    guard ok else {
      let why = String(cString: strerror(errno))
      unlink(temp.path)
      throw failure(target, why)
    }
    return Staged(temp: temp, target: target)
  }

  /// Writes a string as UTF-8.
  public func write(_ text: String, to relativePath: String) throws(InputError) {
    try write(Array(text.utf8), to: relativePath)
  }

  /// Writes `text` to the file at `path` (any folder), as `-o` does: a
  /// regular file (or none yet) is replaced atomically, keeping its mode; a
  /// device, a pipe or a socket (`/dev/null`, `/dev/stdout`) is written in
  /// place, never replaced by a regular file. A symbolic link is followed.
  public static func write(_ text: String, to path: String) throws(InputError) {
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
      guard info.st_mode & S_IFMT != S_IFDIR else {
        throw InputError(
          path: path, location: nil, message: .custom("cannot write: it is a folder"),
          lineText: nil)
      }
      try writeInPlace(Array(text.utf8), to: path)
      return
    }
    // Through a link to a regular file: the file it names is replaced.
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    try AtomicWriter(root: resolved.deletingLastPathComponent().path).write(
      text, to: resolved.lastPathComponent)
  }

  /// Writes `bytes` to the existing non-regular file at `path`.
  private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(InputError) {
    let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else {
      throw InputError(
        path: path, location: nil,
        message: .custom("cannot write: \(String(cString: strerror(errno)))"), lineText: nil)
    }
    defer { close(fd) }
    let ok = bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n <= 0 { return false }
        offset += n
      }
      return true
    }
    guard ok else {
      throw InputError(
        path: path, location: nil,
        message: .custom("cannot write: \(String(cString: strerror(errno)))"), lineText: nil)
    }
  }

  /// The absolute URL for `relativePath`, refusing anything that leaves the root.
  public func resolve(_ relativePath: String) throws(InputError) -> URL {
    let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
    guard !relativePath.hasPrefix("/"), !parts.isEmpty,
      !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") })
    else {
      throw InputError(
        path: relativePath, location: nil,
        message: .custom("refusing to write outside the output folder"), lineText: nil)
    }
    return parts.reduce(root) { $0.appendingPathComponent(String($1)) }
  }

  private func checkNoSymlinks(between root: URL, and folder: URL, target: URL) throws(InputError) {
    var url = folder
    while url.path.count > root.path.count {
      if let kind = try? FileManager.default.attributesOfItem(atPath: url.path)[.type]
        as? FileAttributeType, kind == .typeSymbolicLink
      {
        throw failure(target, "refusing to write through the symbolic link \(url.path)")
      }
      url = url.deletingLastPathComponent()
    }
    if let kind = try? FileManager.default.attributesOfItem(atPath: target.path)[.type]
      as? FileAttributeType, kind == .typeSymbolicLink
    {
      throw failure(target, "refusing to replace the symbolic link \(target.path)")
    }
  }

  private func failure(_ target: URL, _ why: String) -> InputError {
    InputError(
      path: target.path, location: nil, message: .custom("cannot write: \(why)"), lineText: nil)
  }
}
