#if canImport(Glibc)
  import Glibc
#endif

/// Stamps of many files, each `stat`ed relative to its folder's open descriptor, so that
/// the folder's path is resolved once rather than once a file: at 3,000 plan files the
/// path lookups were most of the index's freshness check (issue 15). What it gives is what
/// `FileStamp.of(path:)` gives (symbolic links followed).
///
/// Files come mostly in folder order (an index lists them sorted), so the folder of the
/// last file is compared first, byte for byte, and the file's name is handed to `fstatat`
/// from the path's own C string: a stamp costs no allocation and no hashing.
final class FolderStamper {
  private var folders: [String: Int32] = [:]
  private var lastFolder: [UInt8] = []
  private var lastDescriptor: Int32 = -1

  deinit {
    for fd in folders.values where fd >= 0 { close(fd) }
  }

  /// The stamp of the file at `path`, or nil when it cannot be `stat`ed.
  func stamp(of path: String) -> FileStamp? {
    path.withCString { chars -> FileStamp? in
      guard let found = strrchr(chars, Int32(UInt8(ascii: "/"))) else {
        return FileStamp.of(path: path)
      }
      let slash = UnsafePointer(found)
      let length = slash - chars
      guard length > 0, slash.successor().pointee != 0 else { return FileStamp.of(path: path) }
      let fd = chars.withMemoryRebound(to: UInt8.self, capacity: length) {
        descriptor(of: UnsafeBufferPointer(start: $0, count: length))
      }
      guard fd >= 0 else { return FileStamp.of(path: path) }
      var info = stat()
      return fstatat(fd, slash.successor(), &info, 0) == 0 ? FileStamp(info) : nil
    }
  }

  private func descriptor(of folder: UnsafeBufferPointer<UInt8>) -> Int32 {
    if lastDescriptor >= 0, folder.count == lastFolder.count,
      let start = folder.baseAddress, memcmp(start, lastFolder, folder.count) == 0
    {
      return lastDescriptor
    }
    let key = String(decoding: folder, as: UTF8.self)
    let fd: Int32
    if let open = folders[key] {
      fd = open
    } else {
      fd = open(key, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      folders[key] = fd
    }
    lastFolder = Array(folder)
    lastDescriptor = fd
    return fd
  }
}
