import Foundation
import PlanModel

/// Expands files and folders into the plan files they hold (`*.yaml`, `*.yml`, searched
/// recursively, hidden entries skipped — `PlanFolderScan`), sorted for a stable order.
public enum PlanFileList {
  /// The endings of plan files.
  public static let extensions: Set<String> = ["yaml", "yml"]

  /// True when a file name is a plan file's (hidden entries are not).
  public static func isPlanFileName(_ name: String) -> Bool {
    guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
    return extensions.contains(String(name[name.index(after: dot)...]))
  }

  public static func expand(_ paths: [String]) -> (files: [String], problems: [FileProblem]) {
    var files: [String] = []
    var problems: [FileProblem] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(FileProblem(file: path, line: 0, message: FileText.notFound))
        continue
      }
      if !isDirectory.boolValue {
        files.append(path)
        continue
      }
      guard let found = PlanFolderScan.files(under: path) else {
        problems.append(FileProblem(file: path, line: 0, message: FileText.folderUnreadable))
        continue
      }
      files += found
    }
    return (files, problems)
  }
}
