import PlanModel

/// What the load cache knows about a plans folder whose plans all loaded cleanly: each plan
/// file with the stamp and content hash it was read with, its region, and the files its
/// links name (clusters, targets); beside it, on disk, every item id's file (`IDTable`).
/// A command that touches a few items or one region reads only their plans through it
/// (`IndexedPlans`), after `IndexFreshness` has checked that no file changed.
struct PlanIndex: Equatable {
  struct Entry: Equatable {
    var path: String
    var stamp: FileStamp
    var hash: ContentHash
    /// The region's id, read with the entry: finding a region by id needs nothing more.
    var regionID: String
    /// The whole region as `RegionSchema` encodes it, decoded only when asked for (by name
    /// or pinyin lookups): most commands never pay for 3,000 regions' names. A slice of
    /// the index file's bytes as read, not a copy of its own.
    var encodedRegion: ArraySlice<UInt8>
    /// The numbers of the other files holding items this plan's links name.
    var links: [Int]

    init(path: String, stamp: FileStamp, hash: ContentHash, region: Region, links: [Int]) {
      var w = BinaryWriter(capacity: 64)
      RegionSchema.encode(region, &w)
      self.init(
        path: path, stamp: stamp, hash: hash, regionID: region.id, encodedRegion: w.bytes[...],
        links: links)
    }

    init(
      path: String, stamp: FileStamp, hash: ContentHash, regionID: String,
      encodedRegion: ArraySlice<UInt8>, links: [Int]
    ) {
      self.path = path
      self.stamp = stamp
      self.hash = hash
      self.regionID = regionID
      self.encodedRegion = encodedRegion
      self.links = links
    }

    /// The region; nil when its bytes are damaged.
    var region: Region? {
      var r = BinaryReader(Array(encodedRegion))
      guard let region = try? RegionSchema.decode(&r), r.isAtEnd, region.id == regionID
      else { return nil }
      return region
    }
  }

  /// The paths the plans were loaded from (the index serves only the same paths).
  var roots: [String]
  /// When the stamps were taken (the wall clock before the first one, in nanoseconds):
  /// a stamp vouches for its file only when its times are well before this moment.
  var observedAt: Int64
  var entries: [Entry]
  /// Every folder searched for the files, with its stamp: while none changed, the same
  /// files are there (`IndexFreshness`).
  var folders: [ScannedFolder] = []

  func encode(_ w: inout BinaryWriter) {
    w.int(Int(observedAt))
    w.strings(roots)
    w.list(entries) { entry, w in
      w.string(entry.path)
      Self.encode(entry.stamp, &w)
      w.uint(entry.hash.high)
      w.uint(entry.hash.low)
      w.string(entry.regionID)
      w.uint(UInt64(entry.encodedRegion.count))
      w.raw(entry.encodedRegion)
      w.list(entry.links) { link, w in w.uint(UInt64(link)) }
    }
    w.list(folders) { folder, w in
      w.string(folder.path)
      Self.encode(folder.stamp, &w)
    }
  }

  private static func encode(_ stamp: FileStamp, _ w: inout BinaryWriter) {
    w.int(Int(stamp.size))
    w.int(Int(stamp.modified))
    w.int(Int(stamp.changed))
    w.uint(stamp.inode)
    w.uint(stamp.device)
  }

  private static func decodeStamp(_ r: inout BinaryReader) throws -> FileStamp {
    FileStamp(
      size: Int64(try r.int()), modified: Int64(try r.int()), changed: Int64(try r.int()),
      inode: try r.uint(), device: try r.uint())
  }

  static func decode(_ r: inout BinaryReader) throws -> PlanIndex {
    let observedAt = Int64(try r.int())
    let roots = try r.strings()
    let entries = try r.list { r in
      let path = try r.string()
      let stamp = try decodeStamp(&r)
      let hash = ContentHash(high: try r.uint(), low: try r.uint())
      let regionID = try r.string()
      let encodedRegion = try r.raw(try r.count())
      let links = try r.list { r in Int(clamping: try r.uint()) }
      return Entry(
        path: path, stamp: stamp, hash: hash, regionID: regionID, encodedRegion: encodedRegion,
        links: links)
    }
    let folders = try r.list { r in ScannedFolder(path: try r.string(), stamp: try decodeStamp(&r))
    }
    guard entries.allSatisfy({ $0.links.allSatisfy(entries.indices.contains) }) else {
      throw BinaryReader.Malformed()
    }
    return PlanIndex(roots: roots, observedAt: observedAt, entries: entries, folders: folders)
  }

  /// The files some files need: themselves and, transitively, those their links name, in
  /// order, each once.
  func withLinks(_ files: [Int]) -> [Int] {
    var needed = files
    var pending = files
    while let file = pending.popLast() {
      for link in entries[file].links where !needed.contains(link) {
        needed.append(link)
        pending.append(link)
      }
    }
    return Self.ordered(needed)
  }

  /// File numbers in order, each once.
  static func ordered(_ numbers: [Int]) -> [Int] {
    var result: [Int] = []
    for number in numbers.sorted() where result.last != number { result.append(number) }
    return result
  }
}
