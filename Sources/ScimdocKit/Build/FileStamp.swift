import Foundation

/// A file's size, inode, and modification and change times, to recognise
/// an unchanged page without reading and hashing it again (as git's index
/// does). The change time catches an edit whose modification time was set
/// back (`touch -d`, a restore), and the inode a file replaced by another.
struct FileStamp: Equatable, Sendable {
  var size: Int
  var seconds: Int
  var nanoseconds: Int
  var inode = 0
  var changedSeconds = 0
  var changedNanoseconds = 0

  /// The stamp of `path`, or nil when it cannot be read.
  init?(path: String) {
    guard let info = RegularFileInfo(path: path) else { return nil }
    size = info.size
    seconds = info.modified.seconds
    nanoseconds = info.modified.nanoseconds
    inode = info.inode
    changedSeconds = info.changed.seconds
    changedNanoseconds = info.changed.nanoseconds
  }

  init(size: Int, seconds: Int, nanoseconds: Int) {
    self.size = size
    self.seconds = seconds
    self.nanoseconds = nanoseconds
  }

  /// True when the file was last changed well before `now`: a later edit
  /// within the same clock tick could not go unnoticed ("racily clean" files
  /// are hashed every time instead).
  func isSettled(before now: Date) -> Bool {
    Double(seconds) + Double(nanoseconds) / 1e9 < now.timeIntervalSince1970 - 2
  }

  func write(to w: inout CacheWriter) {
    for v in [size, seconds, nanoseconds, inode, changedSeconds, changedNanoseconds] { w.int(v) }
  }

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    size = try r.int()
    seconds = try r.int()
    nanoseconds = try r.int()
    inode = try r.int()
    changedSeconds = try r.int()
    changedNanoseconds = try r.int()
  }
}

/// The stamps of the pages a build read, with the cache key of each.
struct StampIndex: Sendable {
  /// Path → (stamp, cache key).
  var entries: [String: (FileStamp, String)] = [:]

  /// The cache key recorded for `path` when its stamp is still `stamp`.
  func key(for path: String, stamp: FileStamp?) -> String? {
    guard let stamp, let (recorded, key) = entries[path], recorded == stamp else { return nil }
    return key
  }

  func write(to w: inout CacheWriter) {
    w.array(entries.sorted { $0.key < $1.key }) { w, item in
      w.string(item.key)
      item.value.0.write(to: &w)
      w.string(item.value.1)
    }
  }

  init() {}

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    let items = try r.array { r throws(CacheReader.Malformed) in
      (
        try r.string(), try FileStamp(from: &r), try r.string()
      )
    }
    for (path, stamp, key) in items { entries[path] = (stamp, key) }
  }
}

/// What `stat` says of a regular file (nil for anything else).
struct RegularFileInfo {
  var device: Int
  var inode: Int
  var size: Int
  var modified: (seconds: Int, nanoseconds: Int)
  var changed: (seconds: Int, nanoseconds: Int)

  init?(path: String) {
    var st = stat()
    guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
    device = Int(truncatingIfNeeded: st.st_dev)
    inode = Int(truncatingIfNeeded: st.st_ino)
    size = Int(st.st_size)
    #if os(Linux)
      modified = (Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec))
      changed = (Int(st.st_ctim.tv_sec), Int(st.st_ctim.tv_nsec))
    #else
      modified = (Int(st.st_mtimespec.tv_sec), Int(st.st_mtimespec.tv_nsec))
      changed = (Int(st.st_ctimespec.tv_sec), Int(st.st_ctimespec.tv_nsec))
    #endif
  }
}
