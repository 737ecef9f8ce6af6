import Foundation
import PlanModel
import ProgressStore

/// The demo's own store: `demo-<plans folder>-<hash>.sqlite` beside the real store, deleted
/// and rebuilt from the demo file on every `plandash demo`, so the invented figures never mix
/// with real ones (the real store is `progress.sqlite`; `--store` and `PLANDASH_STORE` are
/// not read). Its name keeps the old per-folder form, which the merge of old stores skips.
enum DemoStore {
  static func path(plansFolder: String, environment: [String: String]) -> String {
    let real = StoreLocation.fileName(forPlansFolder: plansFolder)
    let name = "demo-" + real.dropFirst("progress-".count)
    return StoreLocation.dataFolder(environment: environment) + "/" + name
  }

  /// Deletes the demo store (and its WAL files) and loads the demo file into a new one.
  static func rebuild(
    file: DemoProgressFile, plansFolder: String, environment: [String: String]
  ) throws -> ProgressStore {
    let path = path(plansFolder: plansFolder, environment: environment)
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      try FileManager.default.removeItem(atPath: path + suffix)
    }
    return try storeFailures {
      let store = try ProgressStore(path: path, plansFolder: plansFolder)
      _ = try store.apply(file.statusChanges, by: "demo")
      _ = try store.importActuals(file.actualFigures, by: "demo")
      return store
    }
  }
}
