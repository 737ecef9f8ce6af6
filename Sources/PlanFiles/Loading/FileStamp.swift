import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What a file's metadata says about its content without reading it: size, modification
/// and change times in nanoseconds, inode and device. Equal stamps mean unchanged content
/// only when the modification time is old enough to trust (`isTrusted`): a file written
/// twice within one tick of the file system's clock keeps its time, and an edit may keep
/// its size.
public struct FileStamp: Hashable, Sendable {
  public var size: Int64
  public var modified: Int64
  public var changed: Int64
  public var inode: UInt64
  public var device: UInt64

  /// How close to the moment a stamp was taken a modification must be for the stamp not
  /// to vouch for the content (two seconds, after git's "racily clean" entries; it also
  /// covers file systems that keep whole seconds).
  public static let trustMargin: Int64 = 2_000_000_000

  init(_ info: stat) {
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    inode = UInt64(info.st_ino)
    device = UInt64(info.st_dev)
  }

  init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64) {
    self.size = size
    self.modified = modified
    self.changed = changed
    self.inode = inode
    self.device = device
  }

  /// The stamp of the file at `path` (symbolic links followed, as reading does), or nil.
  public static func of(path: String) -> FileStamp? {
    var info = stat()
    return stat(path, &info) == 0 ? FileStamp(info) : nil
  }

  /// The stamp of an open file.
  static func of(fd: Int32) -> FileStamp? {
    var info = stat()
    return fstat(fd, &info) == 0 ? FileStamp(info) : nil
  }

  /// True when neither time is within `trustMargin` of `moment` (or after it): the stamp,
  /// taken no earlier than `moment`, then vouches for the content it was taken with.
  public func isTrusted(before moment: Int64) -> Bool {
    modified < moment - Self.trustMargin && changed < moment - Self.trustMargin
  }

  /// The wall clock now, in nanoseconds — the clock file times are set from.
  public static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }
}
