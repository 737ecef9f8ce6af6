import Foundation
import PlanFiles
import PlanModel

/// Notices edits to the plan files while the dashboard runs. Asked on every idle tick, it
/// looks at the files' sizes and modification times at most once a second (cheap even
/// for thousands of files) and, when something moved, loads the plans again. A load with
/// problems keeps the plans on screen (the user is mid-edit; `plandash validate` tells more).
final class PlanFilesWatcher {
  private let folder: String
  private var fingerprint: [String: String]
  private var lastLook = Date()
  private let load: () -> LoadResult

  init(folder: String, load: @escaping () -> LoadResult) {
    self.folder = folder
    self.load = load
    fingerprint = Self.fingerprint(of: folder)
  }

  /// A new catalog when the files changed and load cleanly; nil otherwise.
  func poll() -> Catalog? {
    guard Date().timeIntervalSince(lastLook) >= 1 else { return nil }
    lastLook = Date()
    let now = Self.fingerprint(of: folder)
    guard now != fingerprint else { return nil }
    fingerprint = now
    let result = load()
    return result.problems.isEmpty ? result.catalog : nil
  }

  /// Size and modification time of every plan file under `folder` (or of the file itself).
  static func fingerprint(of folder: String) -> [String: String] {
    var result: [String: String] = [:]
    let manager = FileManager.default
    var paths: [String] = []
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
      let enumerator = manager.enumerator(atPath: folder)
      while let entry = enumerator?.nextObject() as? String {
        if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") {
          paths.append((folder as NSString).appendingPathComponent(entry))
        }
      }
    } else {
      paths = [folder]
    }
    for path in paths {
      guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
      let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
      let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      result[path] = "\(size)@\(time)"
    }
    return result
  }
}
