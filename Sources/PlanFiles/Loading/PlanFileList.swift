import Foundation
import PlanModel

#if canImport(Glibc)
  import Glibc
#endif

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
    let found = listing(paths)
    return (found.files, found.problems)
  }

  /// The plan files under `paths`, the folders searched for them with their stamps, and
  /// the paths that could not be listed.
  static func listing(_ paths: [String]) -> Listing {
    var found = Listing()
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0 else {
        found.problems.append(FileProblem(file: path, line: 0, message: FileText.notFound))
        continue
      }
      if (info.st_mode & S_IFMT) != S_IFDIR {
        found.files.append(path)
        continue
      }
      guard let scanned = PlanFolderScan.scan(under: path) else {
        found.problems.append(FileProblem(file: path, line: 0, message: FileText.folderUnreadable))
        continue
      }
      found.files += scanned.files
      found.folders += scanned.folders
    }
    return found
  }

  struct Listing {
    var files: [String] = []
    var folders: [ScannedFolder] = []
    var problems: [FileProblem] = []
  }
}
