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

  static func header(schema: [UInt8]) -> [UInt8] {
    Array("PLANDASH-CACHE".utf8) + [0] + schema + [rulesVersion]
  }

  public let path: String
  private var index: [ContentHash: (offset: Int, length: Int)] = [:]
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
    forPlans folder: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() + "/.cache")
    let absolute = URL(fileURLWithPath: folder).standardizedFileURL.path
    let key = ContentHash(of: Array(absolute.utf8))
    return base + "/plandash/plans-" + String(key.high, radix: 16) + ".cache"
  }

  var count: Int { index.count }

  /// The plans' index kept beside the cache (`IndexedPlans`): `plans-….index`.
  public var indexPath: String {
    (path.hasSuffix(".cache") ? String(path.dropLast(6)) : path) + ".index"
  }

  /// Layout: magic, the plan blobs one after another, the index, and last the index's
  /// offset as 8 little-endian bytes — so the cache is written as a stream.
  private func readIndex() {
    guard let handle = FileHandle(forReadingAtPath: path) else { return }
    do {
      guard let head = try handle.read(upToCount: Self.magic.count), [UInt8](head) == Self.magic
      else { return }
      let size = try handle.seekToEnd()
      guard size >= UInt64(Self.magic.count + 8) else { return }
      try handle.seek(toOffset: size - 8)
      guard let footer = try handle.read(upToCount: 8), footer.count == 8 else { return }
      var footerReader = BinaryReader([UInt8](footer))
      let indexOffset = footerReader.fixed64()
      guard indexOffset >= UInt64(Self.magic.count), indexOffset < size - 8 else { return }
      try handle.seek(toOffset: indexOffset)
      guard let indexData = try handle.read(upToCount: Int(size - 8 - indexOffset)) else { return }
      var r = BinaryReader([UInt8](indexData))
      let entries = try r.count()
      for _ in 0..<entries {
        let hash = ContentHash(high: try r.uint(), low: try r.uint())
        let offset = try r.int()
        let length = try r.int()
        guard offset >= Self.magic.count, UInt64(offset + length) <= indexOffset else { return }
        index[hash] = (offset, length)
      }
      self.handle = handle
      self.texts = CachedTextFile(path: path)
    } catch {
      index = [:]
    }
  }

  /// The cached plan for a file's content, or nil. Safe from several threads at once.
  public func plan(for hash: ContentHash) -> Plan? {
    guard let entry = index[hash], let handle,
      let bytes = FileBytes.readRange(
        fd: handle.fileDescriptor, offset: entry.offset, length: entry.length)
    else { return nil }
    var reader = BinaryReader(bytes)
    return try? PlanSchema.decode(&reader, texts: texts.map { ($0, entry.offset) })
  }

  /// True when the cache holds a plan for this content.
  func holds(_ hash: ContentHash) -> Bool { index[hash] != nil }

  /// The raw bytes of a cached plan, for copying into a new cache.
  func blob(for hash: ContentHash) -> [UInt8]? {
    guard let entry = index[hash], let handle else { return nil }
    return FileBytes.readRange(
      fd: handle.fileDescriptor, offset: entry.offset, length: entry.length)
  }

  /// Starts writing a new cache beside this one (see `CacheWriter`).
  func startWriting() throws -> CacheWriter { try CacheWriter(finalPath: path) }
}
