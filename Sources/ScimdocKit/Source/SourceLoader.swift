import Foundation

/// Reads input files as bytes with a size limit.
public struct SourceLoader: Sendable {
  /// The default per-file size limit: 8 MiB.
  public static let defaultMaxFileSize = 8 * 1024 * 1024

  public var maxFileSize: Int

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
