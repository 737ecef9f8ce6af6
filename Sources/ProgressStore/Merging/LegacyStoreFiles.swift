import Foundation

/// The stores of the old layout — one per plans folder, `progress-<folder>-<16 hex>.sqlite`
/// in the data folder (`StoreLocation.fileName(forPlansFolder:)`) — and setting them aside
/// once merged: renamed `….merged` (with their `-wal` and `-shm` files), never deleted.
public enum LegacyStoreFiles {
  /// The old-layout stores in `dataFolder`, by name; none when the folder is missing.
  public static func find(in dataFolder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dataFolder)) ?? []
    return names.filter(isLegacyName).sorted().map { dataFolder + "/" + $0 }
  }

  /// `progress-` + the folder's name + `-` + 16 hex digits + `.sqlite`: the new default
  /// (`progress.sqlite`), the demo's stores (`demo-…`) and merged ones (`….merged`) are not.
  static func isLegacyName(_ name: String) -> Bool {
    guard name.hasPrefix("progress-"), name.hasSuffix(".sqlite") else { return false }
    let stem = name.dropFirst("progress-".count).dropLast(".sqlite".count)
    guard let dash = stem.lastIndex(of: "-"), dash > stem.startIndex else { return false }
    let hash = stem[stem.index(after: dash)...]
    return hash.count == 16 && hash.allSatisfy(\.isHexDigit)
  }

  /// Renames a merged store and its log files to the first free `….merged` name (`.merged`,
  /// then `.merged.2` …), so that nothing is ever overwritten. A store another process set
  /// aside first is left to it.
  static func setAside(_ path: String) {
    var target = path + ".merged"
    var number = 2
    while FileManager.default.fileExists(atPath: target) {
      target = path + ".merged.\(number)"
      number += 1
    }
    guard rename(path, target) == 0 else { return }
    // The log goes with its database, under the name SQLite looks for beside the new one.
    for suffix in ["-wal", "-shm"] { _ = rename(path + suffix, target + suffix) }
    StoreFileCreation.syncFolder((path as NSString).deletingLastPathComponent)
  }
}
