import Foundation

/// Reads input files as bytes with a size limit.
public struct SourceLoader: Sendable {
  /// The default per-file size limit: 8 MiB.
  public static let defaultMaxFileSize = 8 * 1024 * 1024

  public var maxFileSize: Int
  /// Bytes that stand in for a path's file (a page read from stdin, checked
  /// as the file its `--stdin-filename` names), by the path string as loaded.
  public var substitutes: [String: [UInt8]] = [:]

  public init(maxFileSize: Int = SourceLoader.defaultMaxFileSize) {
    self.maxFileSize = maxFileSize
  }

  /// Reads `path` into a validated ``SourceFile``.
  public func load(_ path: String, allowBinary: Bool = false) throws(InputError) -> SourceFile {
    let bytes = try readBytes(path)
    if !allowBinary, let at = bytes.withUnsafeBufferPointer(ByteScan.firstZero) {
      throw InputError(
        path: path, location: nil, message: .binary, lineText: nil,
        notes: ["first NUL byte at byte offset \(at)"])
    }
    return try SourceFile(path: path, bytes: bytes)
  }

  /// Reads the raw bytes of `path`, enforcing the size limit.
  public func readBytes(_ path: String) throws(InputError) -> [UInt8] {
    if !substitutes.isEmpty, let bytes = substitutes[path] { return bytes }
    if let bytes = readRegularFile(path) { return bytes }
    return try readBytesChecked(path)
  }

  /// The bytes of `path` when it is a readable regular file within the size
  /// limit, read with plain system calls; nil for anything else (the checked
  /// path then reports what is wrong).
  private func readRegularFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(info.st_size)
    guard size >= 0, size <= maxFileSize else { return nil }
    var complete = false
    // One byte more than the size is asked for: a read that comes back
    // short has met the end of the file, so a file that is as large as it
    // said takes one read, not a second one to see its end.
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      var total = 0
      while total <= size {
        let got = read(fd, buffer.baseAddress.map { $0 + total }, size + 1 - total)
        if got < 0, errno == EINTR { continue }
        guard got > 0 else { break }
        total += got
        if total == size { break }
      }
      count = total
      // The file must end where its size said (it may have changed).
      complete = total == size
    }
    return complete ? bytes : nil
  }

  /// Reads `path` through `FileHandle`, with an error for every failure.
  private func readBytesChecked(_ path: String) throws(InputError) -> [UInt8] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw InputError(path: path, location: nil, message: .fileNotFound, lineText: nil)
    }
    if isDir.boolValue {
      throw InputError(path: path, location: nil, message: .notAFile, lineText: nil)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw InputError(
        path: path, location: nil, message: .unreadable("permission denied"), lineText: nil)
    }
    defer { try? handle.close() }
    do {
      // Read one byte past the limit so an oversized file is detected without
      // reading all of it.
      let data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
      if data.count > maxFileSize {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        throw InputError(
          path: path, location: nil,
          message: .tooLarge(size: size ?? data.count, limit: maxFileSize), lineText: nil)
      }
      return [UInt8](data)
    } catch let error as InputError {
      throw error
    } catch {
      throw InputError(
        path: path, location: nil, message: .unreadable(error.localizedDescription),
        lineText: nil)
    }
  }
}
