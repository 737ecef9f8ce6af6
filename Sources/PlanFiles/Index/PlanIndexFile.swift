import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The index file beside the load cache (`plans-….index` next to `plans-….cache`), open for
/// reading: the decoded `PlanIndex` and the id table read from disk by lookup. A missing,
/// damaged or outdated file opens as nil — the commands then load every plan, as before.
///
/// Layout: the header (a name, the schema's checksum, the rules' version, this layout's
/// version), the id table's offset (8 bytes), the index, then the id table (`IDTable`).
final class PlanIndexFile: @unchecked Sendable {
  static let formatVersion: UInt8 = 3
  static let magic: [UInt8] =
    Array("PLANDASH-INDEX".utf8) + [0] + SchemaLayout.versionBytes() + [
      PlanCache.rulesVersion, formatVersion,
    ]

  let index: PlanIndex
  /// When the file was last written, by the file system's clock (nanoseconds).
  let writtenAt: Int64
  private let fd: Int32
  private let idTableStart: Int
  private let size: Int

  private init(index: PlanIndex, writtenAt: Int64, fd: Int32, idTableStart: Int, size: Int) {
    self.index = index
    self.writtenAt = writtenAt
    self.fd = fd
    self.idTableStart = idTableStart
    self.size = size
  }

  deinit { close(fd) }

  static func open(_ path: String) -> PlanIndexFile? {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    guard let stamp = FileStamp.of(fd: fd), let head = read(fd: fd, size: Int(stamp.size)) else {
      close(fd)
      return nil
    }
    return PlanIndexFile(
      index: head.index, writtenAt: stamp.modified, fd: fd, idTableStart: head.tableStart,
      size: Int(stamp.size))
  }

  private static func read(fd: Int32, size: Int) -> (index: PlanIndex, tableStart: Int)? {
    let headLength = magic.count + 8
    guard size > headLength,
      let head = FileBytes.readRange(fd: fd, offset: 0, length: headLength),
      head.starts(with: magic)
    else { return nil }
    var offsetReader = BinaryReader(head, offset: magic.count)
    let tableStart = Int(clamping: offsetReader.fixed64())
    guard tableStart > headLength, tableStart <= size,
      let body = FileBytes.readRange(fd: fd, offset: headLength, length: tableStart - headLength)
    else { return nil }
    var reader = BinaryReader(body, interning: false)
    guard let index = try? PlanIndex.decode(&reader), reader.isAtEnd else { return nil }
    return (index, tableStart)
  }

  /// The number of the file holding `id`, or nil.
  func file(of id: String) -> Int? {
    IDTable.file(of: id, fd: fd, start: idTableStart).flatMap {
      index.entries.indices.contains($0) ? $0 : nil
    }
  }

  /// The id table as stored, for writing the index again with new stamps.
  func idTableBytes() -> [UInt8]? {
    FileBytes.readRange(fd: fd, offset: idTableStart, length: size - idTableStart)
  }

  /// Writes an index aside and renames it into place, so a reader sees the old file or the
  /// new one whole.
  static func write(_ index: PlanIndex, idTable: [UInt8], to path: String) throws {
    var body = BinaryWriter(capacity: 200 * index.entries.count)
    index.encode(&body)
    var out = BinaryWriter(capacity: magic.count + 8 + body.bytes.count + idTable.count)
    out.raw(magic)
    out.fixed64(UInt64(magic.count + 8 + body.bytes.count))
    out.raw(body.bytes)
    out.raw(idTable)
    let folder = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let temporary = path + ".tmp-\(getpid())"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(out.bytes)) else {
      throw CocoaError(.fileWriteUnknown)
    }
    if rename(temporary, path) != 0 {
      try? FileManager.default.removeItem(atPath: temporary)
      throw CocoaError(.fileWriteUnknown)
    }
  }
}
