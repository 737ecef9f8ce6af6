import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads whole files and ranges of files straight into byte arrays (one copy, no `Data`).
public enum FileBytes {
  /// The whole file, or nil when it cannot be read.
  public static func read(_ path: String) -> [UInt8]? { readStamped(path)?.bytes }

  /// The whole file with the stamp it had before it was read (taken first, so that a change
  /// made while reading shows in the next stamp), or nil when it cannot be read.
  static func readStamped(_ path: String) -> (bytes: [UInt8], stamp: FileStamp)? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    guard let stamp = FileStamp.of(fd: fd),
      let bytes = readRange(fd: fd, offset: 0, length: Int(stamp.size))
    else { return nil }
    return (bytes, stamp)
  }

  /// `length` bytes at `offset` of an open file (positional: safe from several threads).
  static func readRange(fd: Int32, offset: Int, length: Int) -> [UInt8]? {
    guard length >= 0 else { return nil }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: length) { buffer, count in
      var done = 0
      while done < length {
        let n = pread(fd, buffer.baseAddress! + done, length - done, off_t(offset + done))
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        done += n
      }
      failed = done != length
      count = done
    }
    return failed ? nil : bytes
  }
}
