import Foundation

/// Exclusive advisory locks (`flock`) on a build's output and cache folders,
/// held for the whole build: a second build into the same `--out` or cache
/// waits for the first instead of interleaving its files. The folders
/// themselves are locked, so no lock file appears in the published site.
final class BuildLock {
  private var descriptors: [Int32] = []

  /// Locks `folders` (created when missing), in a fixed order so two builds
  /// naming the same folders cannot deadlock.
  init(folders: [String]) throws(InputError) {
    let paths = Set(folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }).sorted()
    for path in paths {
      do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      } catch {
        release()
        throw InputError(
          path: path, location: nil,
          message: .custom("cannot create folder: \(error.localizedDescription)"), lineText: nil)
      }
      let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard fd >= 0 else {
        let why = String(cString: strerror(errno))
        release()
        throw InputError(
          path: path, location: nil, message: .custom("cannot open folder: \(why)"), lineText: nil)
      }
      var status: Int32
      repeat { status = flock(fd, LOCK_EX) } while status != 0 && errno == EINTR
      descriptors.append(fd)
    }
  }

  /// Releases every lock (also done when the lock is released from memory).
  func release() {
    for fd in descriptors {
      flock(fd, LOCK_UN)
      close(fd)
    }
    descriptors = []
  }

  deinit { release() }
}
