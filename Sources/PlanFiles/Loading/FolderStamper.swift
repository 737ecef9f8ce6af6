#if canImport(Glibc)
  import Glibc
#endif

/// Stamps of many files, each `stat`ed relative to its folder's open descriptor, so that
/// the folder's path is resolved once rather than once a file: at 3,000 plan files the
/// path lookups were most of the index's freshness check (issue 15). What it gives is what
/// `FileStamp.of(path:)` gives (symbolic links followed).
final class FolderStamper {
  private var folders: [String: Int32] = [:]

  deinit {
    for fd in folders.values where fd >= 0 { close(fd) }
  }

  /// The stamp of the file at `path`, or nil when it cannot be `stat`ed.
  func stamp(of path: String) -> FileStamp? {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex
    else { return FileStamp.of(path: path) }
    let folder = String(path[..<slash])
    let name = String(path[path.utf8.index(after: slash)...])
    let fd = descriptor(of: folder)
    guard fd >= 0 else { return FileStamp.of(path: path) }
    var info = stat()
    return fstatat(fd, name, &info, 0) == 0 ? FileStamp(info) : nil
  }

  private func descriptor(of folder: String) -> Int32 {
    if let fd = folders[folder] { return fd }
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    folders[folder] = fd
    return fd
  }
}
