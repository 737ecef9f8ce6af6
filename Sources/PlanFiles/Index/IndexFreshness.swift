/// Whether an index still describes its plans folder, checked from metadata. The set of
/// files is the same while every folder searched for them keeps a stamp old enough to
/// trust (an added, removed or renamed file changes its folder's times); otherwise the
/// folders are listed again and the list compared. Every file's stamp is compared with the
/// one it was read with. A file whose stamp differs, or whose times are too recent to vouch
/// for it (`FileStamp.isTrusted`), is read and hashed; only the same content keeps the
/// index. Nothing is ever trusted on its metadata alone when it could hide a change: a
/// same-size edit within one second of the last one is read and seen.
enum IndexFreshness {
  struct Fresh {
    var index: PlanIndex
    /// True when stamps were renewed (files touched without change, or recent ones now old
    /// enough to trust), so that writing the index again spares the next command the work.
    var renewed: Bool
    /// True when the folders had to be listed again (some folder's stamp changed or was
    /// too recent to trust).
    var listed: Bool
  }

  /// The index with its stamps renewed, or nil when any plan file changed.
  static func check(_ file: PlanIndexFile, paths: [String]) -> Fresh? {
    let now = FileStamp.now()
    guard file.index.roots == paths else { return nil }
    let vouchedBefore = min(file.index.observedAt, file.writtenAt)
    var fresh = Fresh(index: file.index, renewed: false, listed: false)
    let stamper = FolderStamper()
    if !foldersVouch(file.index.folders, before: vouchedBefore, stamper: stamper) {
      guard relist(&fresh, paths: paths, now: now) else { return nil }
    }
    for i in fresh.index.entries.indices {
      let entry = fresh.index.entries[i]
      guard let stamp = stamper.stamp(of: entry.path) else { return nil }
      if stamp == entry.stamp && stamp.isTrusted(before: vouchedBefore) { continue }
      guard let (bytes, read) = FileBytes.readStamped(entry.path),
        ContentHash(of: bytes) == entry.hash
      else { return nil }
      fresh.index.entries[i].stamp = read
      if read != entry.stamp || read.isTrusted(before: now) { fresh.renewed = true }
    }
    if fresh.renewed { fresh.index.observedAt = now }
    return fresh
  }

  /// True when every folder searched still has the stamp recorded, old enough to trust.
  /// An index of files named one by one has no folders: they vouch trivially, and each
  /// file's own stamp is checked.
  private static func foldersVouch(
    _ folders: [ScannedFolder], before moment: Int64, stamper: FolderStamper
  ) -> Bool {
    folders.allSatisfy { folder in
      folder.stamp.isTrusted(before: moment) && stamper.stamp(of: folder.path) == folder.stamp
    }
  }

  /// Lists the folders again: false when the files are not the ones indexed. The folders'
  /// new stamps are kept (renewing the index when they differ or can now be trusted).
  private static func relist(_ fresh: inout Fresh, paths: [String], now: Int64) -> Bool {
    fresh.listed = true
    let listed = PlanFileList.listing(paths)
    guard listed.problems.isEmpty,
      listed.files.elementsEqual(fresh.index.entries, by: { $0 == $1.path })
    else { return false }
    if listed.folders != fresh.index.folders
      || listed.folders.allSatisfy({ $0.stamp.isTrusted(before: now) })
    {
      fresh.index.folders = listed.folders
      fresh.renewed = true
    }
    return true
  }
}
