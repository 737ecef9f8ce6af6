import Foundation
import PlanModel

/// A cache of decoded plans keyed by the content hash of their files, so that every start
/// after the first skips YAML parsing. Only plans that passed their own checks are cached.
/// One cache file per plans folder; entries are read one by one (positional reads), never
/// the whole file at once.
public final class PlanCache: @unchecked Sendable {
  /// The header: a name, then the schema's checksum (`SchemaLayout`) and the version of the
  /// per-plan rules, so that a cache written under another layout or rules is ignored.
  static let magic: [UInt8] = header(schema: SchemaLayout.versionBytes())

  /// Raise when the per-plan rules change what is cached (only plans that pass them are);
  /// the binary layout needs no bump, its checksum follows the schema.
  static let rulesVersion: UInt8 = 2

  /// Raise when the file's own layout changes (2: the blob table, `CacheBlobTable`).
  static let layoutVersion: UInt8 = 2

  static func header(schema: [UInt8]) -> [UInt8] {
    Array("PLANDASH-CACHE".utf8) + [0] + schema + [rulesVersion, layoutVersion]
  }

  public let path: String
  private var table = CacheBlobTable.empty
  /// Where the blobs end (the table's offset): a place beyond it is damage.
  private var blobsEnd = 0
  private var handle: FileHandle?
  /// Measure texts of cached plans are read from here when first needed.
  private var texts: CachedTextFile?

  /// Opens the cache at `path`; a missing, damaged or outdated file is simply an empty cache.
  public init(path: String) {
    self.path = path
    readIndex()
  }

  /// The default cache file for a plans folder: `$XDG_CACHE_HOME/plandash/` (or
  /// `~/.cache/plandash/`), named by a hash of the folder's absolute path.
  public static func defaultPath(
    forPlans folder: String, environment: [String: String] = ProcessEnvironment.values
  ) -> String {
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() + "/.cache")
    let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
    let key = ContentHash(of: Array(absolute.utf8))
    return base + "/plandash/plans-" + String(key.high, radix: 16) + ".cache"
  }

  var count: Int { table.count }

  /// The plans' index kept beside the cache (`IndexedPlans`): `plans-….index`.
  public var indexPath: String {
    (path.hasSuffix(".cache") ? String(path.dropLast(6)) : path) + ".index"
  }

  /// Layout: magic, the plan blobs one after another, the blob table (`CacheBlobTable`),
  /// the number of its records and last the table's offset, as 8 little-endian bytes each
  /// — so the cache is written as a stream.
  private func readIndex() {
    guard let handle = FileHandle(forReadingAtPath: path) else { return }
    let fd = handle.fileDescriptor
    guard let stamp = FileStamp.of(fd: fd), stamp.size >= Self.magic.count + 16,
      FileBytes.readRange(fd: fd, offset: 0, length: Self.magic.count) == Self.magic,
      let footer = FileBytes.readRange(fd: fd, offset: Int(stamp.size) - 16, length: 16)
    else { return }
    var footerReader = BinaryReader(footer)
    let count = Int(clamping: footerReader.fixed64())
    let tableOffset = Int(clamping: footerReader.fixed64())
    let tableLength = Int(stamp.size) - 16 - tableOffset
    guard tableOffset >= Self.magic.count, tableLength >= 0,
      let bytes = FileBytes.readRange(fd: fd, offset: tableOffset, length: tableLength),
      let table = CacheBlobTable(bytes: bytes, count: count)
    else { return }
    self.table = table
    self.blobsEnd = tableOffset
    self.handle = handle
    self.texts = CachedTextFile(path: path)
  }

  /// Where the blob of `hash` is, when the table holds it and the place is within the blobs.
  private func place(of hash: ContentHash) -> (offset: Int, length: Int)? {
    guard let place = table.place(of: hash), place.offset >= Self.magic.count,
      place.length >= 0, place.offset <= blobsEnd - place.length
    else { return nil }
    return place
  }

  /// The cached plan for a file's content, or nil. Safe from several threads at once.
  public func plan(for hash: ContentHash) -> Plan? {
    guard let entry = place(of: hash), let handle,
      let bytes = FileBytes.readRange(
        fd: handle.fileDescriptor, offset: entry.offset, length: entry.length)
    else { return nil }
    var reader = BinaryReader(bytes)
    return try? PlanSchema.decode(&reader, texts: texts.map { ($0, entry.offset) })
  }

  /// True when the cache holds a plan for this content.
  func holds(_ hash: ContentHash) -> Bool { place(of: hash) != nil }

  /// The raw bytes of a cached plan, for copying into a new cache.
  func blob(for hash: ContentHash) -> [UInt8]? {
    guard let entry = place(of: hash), let handle else { return nil }
    return FileBytes.readRange(
      fd: handle.fileDescriptor, offset: entry.offset, length: entry.length)
  }

  /// Starts writing a new cache beside this one (see `CacheWriter`).
  func startWriting() throws -> CacheWriter { try CacheWriter(finalPath: path) }
}
