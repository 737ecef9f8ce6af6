import Foundation
import PlanModel

/// Creates a new store file owner-only (0600) in an owner-only folder (0700), and makes
/// the new directory entries durable.
///
/// The store is built whole — schema and WAL mode — under a hidden temporary name beside
/// `path`, then hard-linked into place only if `path` is still free. Processes that open a
/// missing store at the same moment therefore never meet a half-made one: switching a
/// shared database to WAL is refused at once (without waiting) while another connection
/// reads it, which made concurrent first marks fail before.
enum StoreFileCreation {
  /// Makes the store at `path` if it is still missing; `build` turns the empty temporary
  /// file whose path it is given into a complete store and closes it.
  static func create(_ path: String, build: (String) throws -> Void) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let folderPath = folder.isEmpty ? "." : folder
    try makeFolder(folderPath, storePath: path)
    let name = (path as NSString).lastPathComponent
    let temporary =
      (folder.isEmpty ? "" : folder + "/") + "." + name + ".new-\(getpid())-"
      + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    try createEmpty(temporary, reportingAs: path)
    defer {
      for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
    }
    try build(temporary)
    try syncFile(temporary, reportingAs: path)
    if link(temporary, path) == 0 {
      syncFolder(folderPath)
      return
    }
    switch errno {
    case EEXIST:
      return  // another process made it first: that one is used
    case EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS:
      // A file system without hard links: an empty file, which the opener makes a store.
      try createEmpty(path, reportingAs: path, existingIsFine: true)
      syncFolder(folderPath)
    case let code:
      throw failure(path, code)
    }
  }

  private static func createEmpty(
    _ file: String, reportingAs path: String, existingIsFine: Bool = false
  ) throws {
    let descriptor = open(file, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if descriptor < 0 {
      if errno == EEXIST && existingIsFine { return }
      throw failure(path, errno)
    }
    fchmod(descriptor, 0o600)
    fsync(descriptor)
    close(descriptor)
  }

  private static func syncFile(_ file: String, reportingAs path: String) throws {
    let descriptor = open(file, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    if fsync(descriptor) != 0 { throw failure(path, errno) }
  }

  /// Creates the folder and any missing parents; the store's own folder gets 0700 when
  /// this call creates it.
  private static func makeFolder(_ folder: String, storePath: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw StoreError.cannotOpen(path: storePath, detail: StoreErrorDetail.notAFolder(folder))
      }
      return
    }
    let parent = (folder as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != folder {
      try makeFolder(parent, storePath: storePath)
    }
    if mkdir(folder, 0o700) != 0 && errno != EEXIST {
      throw failure(storePath, errno)
    }
    chmod(folder, 0o700)
    syncFolder(parent.isEmpty ? "." : parent)
  }

  static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func failure(_ path: String, _ code: Int32) -> StoreError {
    let detail = Localized(verbatim: String(cString: strerror(code)))
    if code == EACCES || code == EROFS || code == EPERM {
      return .readOnly(path: path, detail: detail)
    }
    return .cannotOpen(path: path, detail: detail)
  }
}
