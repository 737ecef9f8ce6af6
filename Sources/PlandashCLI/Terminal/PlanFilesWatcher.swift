import Dashboard
import Foundation
import PlanFiles

#if canImport(Glibc)
  import Glibc
#endif

/// Notices edits to the plan files while the dashboard runs. Asked on every idle tick, it
/// looks at the files' sizes and modification times at most once a second (cheap even
/// for thousands of files) and, when something moved, loads the plans again. A load with
/// problems hands the dashboard its problems, worded as `plandash validate` prints them; the
/// dashboard keeps the plans on screen and shows the first.
final class PlanFilesWatcher {
  private let folder: String
  private var fingerprint: Int
  private var lastLook = Date()
  private let load: () -> LoadResult

  init(folder: String, load: @escaping () -> LoadResult) {
    self.folder = folder
    self.load = load
    fingerprint = Self.fingerprint(of: folder)
  }

  /// The files loaded again when they changed (new plans, or the problems found); nil when
  /// nothing changed.
  func poll() -> PlanReload? {
    guard Date().timeIntervalSince(lastLook) >= 1 else { return nil }
    lastLook = Date()
    let now = Self.fingerprint(of: folder)
    guard now != fingerprint else { return nil }
    fingerprint = now
    let result = load()
    guard result.problems.isEmpty else {
      return PlanReload(problems: result.problems.map(\.localized))
    }
    return PlanReload(catalog: result.catalog)
  }

  /// A digest of the path, size and modification time (to the nanosecond) of every plan file
  /// under `folder` (or of the file itself). Plain `opendir`/`stat`: about 1 µs a file,
  /// where Foundation's file attributes cost some 25 µs — too slow for 3,000 files a second
  /// on the thread that answers keys.
  static func fingerprint(of folder: String) -> Int {
    var hasher = Hasher()
    var count = 0
    visit(folder, depth: 0) { path, info in
      count += 1
      hasher.combine(path)
      hasher.combine(Int64(info.st_size))
      hasher.combine(Int64(info.st_mtim.tv_sec))
      hasher.combine(Int64(info.st_mtim.tv_nsec))
    }
    hasher.combine(count)
    return hasher.finalize()
  }

  private static func visit(_ path: String, depth: Int, _ body: (String, stat) -> Void) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    if (info.st_mode & S_IFMT) != S_IFDIR {
      // The same files the loader reads: plan file names, hidden entries skipped.
      let name = path.split(separator: "/").last.map(String.init) ?? path
      if depth == 0 || PlanFileList.isPlanFileName(name) { body(path, info) }
      return
    }
    guard depth < 8, let directory = opendir(path) else { return }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    for name in names.sorted() { visit(path + "/" + name, depth: depth + 1, body) }
  }
}
