import Foundation
import PlanModel

/// Checks a store file before SQLite opens it for writing, so that a damaged, truncated or
/// read-only file is refused without a byte of it changing.
enum StoreFileCheck {
  enum Found: Equatable {
    /// No file yet: it will be created.
    case missing
    /// An SQLite file (or an empty one, which SQLite treats as a new database).
    case database
  }

  static func check(_ path: String) throws -> Found {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT { return .missing }
      throw StoreError.cannotOpen(
        path: path, detail: Localized(verbatim: String(cString: strerror(errno))))
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      throw StoreError.cannotOpen(path: path, detail: StoreErrorDetail.notARegularFile)
    }
    try checkWritable(path, mode: info.st_mode)
    let size = Int(info.st_size)
    if size == 0 { return .database }
    try checkHeader(path, size: size)
    return .database
  }

  /// Read-only means the permissions say so: `access(2)` for ordinary users, and the mode
  /// bits themselves for root (who may write anything) — a file marked read-only stays so.
  static func checkWritable(_ path: String, mode: mode_t) throws {
    if access(path, W_OK) != 0 || (mode & 0o222) == 0 {
      throw StoreError.readOnly(path: path, detail: StoreErrorDetail.fileNotWritable)
    }
    let folder = (path as NSString).deletingLastPathComponent
    var folderInfo = stat()
    if stat(folder.isEmpty ? "." : folder, &folderInfo) == 0,
      access(folder.isEmpty ? "." : folder, W_OK) != 0 || (folderInfo.st_mode & 0o222) == 0
    {
      throw StoreError.readOnly(path: path, detail: StoreErrorDetail.folderNotWritable)
    }
  }

  /// The SQLite header: magic string, page size and, where valid, the database size in
  /// pages, which must fit in the file unless a write-ahead log holds the rest.
  static func checkHeader(_ path: String, size: Int) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StoreError.cannotOpen(path: path, detail: StoreErrorDetail.cannotRead)
    }
    defer { try? handle.close() }
    let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
    guard header.count == 100 else {
      throw StoreError.corrupt(path: path, detail: StoreErrorDetail.tooShort(size))
    }
    guard Array(header[0..<16]) == Array("SQLite format 3\0".utf8) else {
      throw StoreError.corrupt(path: path, detail: StoreErrorDetail.notSQLite)
    }
    let rawPageSize = Int(header[16]) << 8 | Int(header[17])
    let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
    guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
      throw StoreError.corrupt(path: path, detail: StoreErrorDetail.badPageSize(rawPageSize))
    }
    let changeCounter = bigEndian(header, at: 24)
    let pageCount = bigEndian(header, at: 28)
    let validFor = bigEndian(header, at: 92)
    if walHasFrames(path) { return }
    // A newer schema is refused before SQLite opens the file, which would leave -wal and
    // -shm files beside it. (With frames in the log the header may be stale: the opener's
    // own check then decides.)
    let userVersion = Int(Int32(truncatingIfNeeded: bigEndian(header, at: 60)))
    if userVersion > StoreMigrations.currentVersion {
      throw StoreError.newerSchema(
        path: path, found: userVersion, supported: StoreMigrations.currentVersion)
    }
    if size % pageSize != 0 {
      throw StoreError.truncated(
        path: path, expectedBytes: (size / pageSize + 1) * pageSize, actualBytes: size)
    }
    if pageCount > 0 && changeCounter == validFor && pageCount * pageSize > size {
      throw StoreError.truncated(path: path, expectedBytes: pageCount * pageSize, actualBytes: size)
    }
  }

  /// A write-ahead log with frames may hold pages the main file does not have yet.
  static func walHasFrames(_ path: String) -> Bool {
    var info = stat()
    return stat(path + "-wal", &info) == 0 && info.st_size > 32
  }

  private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
  }
}
