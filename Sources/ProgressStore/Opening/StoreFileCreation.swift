import Foundation

/// Creates a new store file owner-only (0600) in an owner-only folder (0700), and makes
/// the new directory entries durable.
enum StoreFileCreation {
  static func create(_ path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try makeFolder(folder.isEmpty ? "." : folder, storePath: path)
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if descriptor < 0 {
      if errno == EEXIST { return }  // another process created it first
      throw failure(path, errno)
    }
    fchmod(descriptor, 0o600)
    fsync(descriptor)
    close(descriptor)
    syncFolder(folder.isEmpty ? "." : folder)
  }

  /// Creates the folder and any missing parents; the store's own folder gets 0700 when
  /// this call creates it.
  private static func makeFolder(_ folder: String, storePath: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw StoreError.cannotOpen(path: storePath, detail: "\(folder) is not a folder")
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

  private static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func failure(_ path: String, _ code: Int32) -> StoreError {
    let detail = String(cString: strerror(code))
    if code == EACCES || code == EROFS || code == EPERM {
      return .readOnly(path: path, detail: detail)
    }
    return .cannotOpen(path: path, detail: detail)
  }
}
