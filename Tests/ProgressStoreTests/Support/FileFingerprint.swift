import Foundation

/// Every byte of a file and its write-ahead log, for "left byte-for-byte as it was" checks.
struct FileFingerprint: Equatable, CustomStringConvertible {
  var main: Data?
  var wal: Data?

  init(_ path: String) {
    main = FileManager.default.contents(atPath: path)
    wal = FileManager.default.contents(atPath: path + "-wal")
  }

  var description: String {
    "main \(main?.count ?? -1) bytes (hash \(main?.hashValue ?? 0)), wal \(wal?.count ?? -1) bytes"
  }
}
