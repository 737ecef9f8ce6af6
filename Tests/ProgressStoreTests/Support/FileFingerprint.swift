import Foundation

/// Every byte of a file and its write-ahead log, for "left byte-for-byte as it was" checks.
/// An empty log counts as no log: SQLite creates one, empty, whenever it opens a WAL
/// database, and an empty log holds nothing.
struct FileFingerprint: Equatable, CustomStringConvertible {
  var main: Data?
  var wal: Data?

  init(_ path: String) {
    main = FileManager.default.contents(atPath: path)
    wal = FileManager.default.contents(atPath: path + "-wal").flatMap { $0.isEmpty ? nil : $0 }
  }

  var description: String {
    "main \(main?.count ?? -1) bytes (hash \(main?.hashValue ?? 0)), wal \(wal?.count ?? -1) bytes"
  }
}
