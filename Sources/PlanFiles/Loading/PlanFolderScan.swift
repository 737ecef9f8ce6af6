import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Lists the plan files under a folder with `readdir` alone — no `stat` for entries whose
/// type the directory reports — so that checking whether the set of files changed costs
/// little even for thousands of files. Hidden entries are skipped; entries whose name ends
/// in a plan file's extension are plan files; other folders are searched. The result is
/// sorted, paths starting with the folder as given (less a trailing slash).
///
/// Each folder searched is stamped as it is opened, before its entries are read
/// (`ScannedFolder`): adding, removing or renaming an entry changes its folder's times, so
/// while no folder's stamp changed the list is still the same (`IndexFreshness`).
enum PlanFolderScan {
  /// The plan files and the folders searched, or nil when the folder (or a folder under
  /// it) cannot be read.
  static func scan(under folder: String) -> (files: [String], folders: [ScannedFolder])? {
    let root = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    var found: [String] = []
    var folders: [ScannedFolder] = []
    guard collect(root, into: &found, folders: &folders) else { return nil }
    found.sort()
    return (found, folders)
  }

  private static func collect(
    _ folder: String, into found: inout [String], folders: inout [ScannedFolder]
  ) -> Bool {
    guard let dir = opendir(folder) else { return false }
    defer { closedir(dir) }
    guard let stamp = FileStamp.of(fd: dirfd(dir)) else { return false }
    folders.append(ScannedFolder(path: folder, stamp: stamp))
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      guard !name.hasPrefix(".") else { continue }
      let path = folder + "/" + name
      if PlanFileList.isPlanFileName(name) { found.append(path) }
      if isFolder(entry.pointee.d_type, path: path),
        !collect(path, into: &found, folders: &folders)
      {
        return false
      }
    }
    return true
  }

  /// A folder to search: one the directory says is a folder; symbolic links are not
  /// followed (as `FileManager`'s enumerator does not).
  private static func isFolder(_ type: UInt8, path: String) -> Bool {
    switch Int32(type) {
    case Int32(DT_DIR): return true
    case Int32(DT_UNKNOWN):
      var info = stat()
      return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    default: return false
    }
  }
}
