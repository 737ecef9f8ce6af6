import Foundation
import PlanModel

extension ProgressStore {
  /// Merges every old-layout store in `dataFolder` (one per plans folder, see
  /// `LegacyStoreFiles`) into this one in one write transaction, then renames each
  /// `….merged`. Safe when several processes start at once: the write lock orders them and
  /// a store noted as merged is never merged twice. A store that cannot be read is left as
  /// it is and reported. Returns what happened (empty when there was nothing to merge).
  public func mergeLegacyStores(in dataFolder: String) throws -> LegacyMergeReport {
    let files = LegacyStoreFiles.find(in: dataFolder).filter {
      StoreLocation.canonicalPath($0) != StoreLocation.canonicalPath(path)
    }
    var report = LegacyMergeReport()
    guard !files.isEmpty else { return report }
    var sources: [StoreContent] = []
    for file in files {
      do {
        if let content = try StoreContent.read(file) { sources.append(content) }
      } catch {
        let reason = (error as? any UserFacingError)?.message ?? Localized(verbatim: "\(error)")
        report.skipped.append(LegacyMergeReport.Skipped(file: file, reason: reason))
      }
    }
    guard !sources.isEmpty else { return report }
    let merged = try inWriteTransaction { db in
      var merge = LegacyStoreMerge(db: db)
      try merge.merge(sources)
      return merge.report
    }
    // Merged now or by another process before: either way its content is in this store.
    for source in sources { LegacyStoreFiles.setAside(source.path) }
    var result = merged
    result.skipped = report.skipped
    return result
  }
}
