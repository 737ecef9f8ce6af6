/// Whether an index still describes its plans folder, checked from metadata: the folder is
/// listed again (an added, removed or renamed file changes the list) and every file's stamp
/// compared with the one it was read with. A file whose stamp differs, or whose times are
/// too recent to vouch for it (`FileStamp.isTrusted`), is read and hashed; only the same
/// content keeps the index. Nothing is ever trusted on its metadata alone when it could
/// hide a change: a same-size edit within one second of the last one is read and seen.
enum IndexFreshness {
  struct Fresh {
    var index: PlanIndex
    /// True when stamps were renewed (files touched without change, or recent ones now old
    /// enough to trust), so that writing the index again spares the next command the hashing.
    var renewed: Bool
  }

  /// The index with its stamps renewed, or nil when any plan file changed.
  static func check(_ file: PlanIndexFile, paths: [String]) -> Fresh? {
    let now = FileStamp.now()
    guard file.index.roots == paths else { return nil }
    let listed = PlanFileList.expand(paths)
    guard listed.problems.isEmpty,
      listed.files.elementsEqual(file.index.entries, by: { $0 == $1.path })
    else { return nil }
    let vouchedBefore = min(file.index.observedAt, file.writtenAt)
    var index = file.index
    var renewed = false
    let stamper = FolderStamper()
    for i in index.entries.indices {
      let entry = index.entries[i]
      guard let stamp = stamper.stamp(of: entry.path) else { return nil }
      if stamp == entry.stamp && stamp.isTrusted(before: vouchedBefore) { continue }
      guard let (bytes, read) = FileBytes.readStamped(entry.path),
        ContentHash(of: bytes) == entry.hash
      else { return nil }
      index.entries[i].stamp = read
      if read != entry.stamp || read.isTrusted(before: now) { renewed = true }
    }
    if renewed { index.observedAt = now }
    return Fresh(index: index, renewed: renewed)
  }
}
