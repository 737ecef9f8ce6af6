import Foundation
import PlanModel

/// Writes a new load cache as a stream, from several threads: blobs are appended as plans
/// are parsed, then the index and footer, then the file is renamed over the old cache.
/// While it is being written its blobs can already serve deferred measure texts, so a
/// first load need not keep every text in memory.
final class CacheWriter: @unchecked Sendable {
  let finalPath: String
  let temporaryPath: String
  /// Reads texts back from the file being written (positional reads see what was written).
  let texts: CachedTextFile
  private let out: FileHandle
  private var offset: Int
  private var entries: [(hash: ContentHash, offset: Int, length: Int)] = []
  private var written: [ContentHash: Int] = [:]
  private let lock = NSLock()

  init(finalPath: String) throws {
    self.finalPath = finalPath
    let folder = (finalPath as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    temporaryPath = finalPath + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
      let out = FileHandle(forWritingAtPath: temporaryPath),
      let texts = CachedTextFile(path: temporaryPath)
    else { throw CocoaError(.fileWriteUnknown) }
    self.out = out
    self.texts = texts
    try out.write(contentsOf: Data(PlanCache.magic))
    offset = PlanCache.magic.count
  }

  /// Appends a plan's blob (once per content hash); returns where it starts in the file.
  func append(_ hash: ContentHash, blob: [UInt8]) throws -> Int {
    lock.lock()
    defer { lock.unlock() }
    if let known = written[hash] { return known }
    try out.write(contentsOf: Data(blob))
    let start = offset
    entries.append((hash, start, blob.count))
    written[hash] = start
    offset += blob.count
    return start
  }

  func contains(_ hash: ContentHash) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return written[hash] != nil
  }

  /// Writes the index and footer and renames the file into place.
  func finish() throws {
    lock.lock()
    defer { lock.unlock() }
    var footer = BinaryWriter()
    footer.fixed64(UInt64(entries.count))
    footer.fixed64(UInt64(offset))
    try out.write(contentsOf: Data(CacheBlobTable.encode(entries) + footer.bytes))
    try out.close()
    if rename(temporaryPath, finalPath) != 0 {
      try? FileManager.default.removeItem(atPath: temporaryPath)
      throw CocoaError(.fileWriteUnknown)
    }
  }

  /// Gives up: the temporary file goes (texts already read from it stay readable while open).
  func abandon() {
    try? out.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}
