import Foundation

/// A folder a command writes files into (`--out`): made with its parents where missing,
/// and every failure said in one line naming the option and the reason, not as a
/// Foundation error dump.
enum OutputFolder {
  /// Makes `path` (and missing parents) a folder, or says why it cannot be one.
  static func prepare(_ path: String, option: String = "--out") throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw CLIError(CLIText.notAFolder(option, path)) }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path { try prepare(parent, option: option) }
    if mkdir(path, 0o777) != 0 && errno != EEXIST {
      throw CLIError(CLIText.cannotCreateFolder(option, path, String(cString: strerror(errno))))
    }
  }

  /// Writes `text` to a new file `path` in the folder; the reason in one line on failure.
  static func write(_ text: String, to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      let reason =
        access((path as NSString).deletingLastPathComponent, W_OK) != 0
        ? String(cString: strerror(errno)) : nil
      throw CLIError(CLIText.cannotWrite(path, reason))
    }
  }
}
