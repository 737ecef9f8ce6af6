import Foundation
import ProgressStore

/// The published plans on this machine: each file's content kept once by its SHA-256
/// (`blobs/`), each version a folder of its files by name (`v<N>-<published>/`), under one folder per
/// store in `$XDG_CACHE_HOME/plandash/team/`. Only files not yet here are downloaded. The
/// newest version seen is remembered, so that a dashboard started while the server is away
/// opens on the last plans it saw.
public struct TeamPlanCache: Sendable {
  public let folder: String

  public init(
    store url: TeamURL, environment: [String: String] = ProcessEnvironment.values
  ) {
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.cache")
    let key = "\(url.user)@\(url.host):\(url.port)/\(url.database)"
    let safe = String(key.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "_" })
    folder = base + "/plandash/team/" + safe
  }

  /// The folder holding the newest published version, fetched as needed; nil before the
  /// first publish. A version's folder is complete once it exists (it is renamed into place
  /// when all its files are there) and is named by the version's number and publication
  /// time, which the server never reuses: when the store's newest version has a folder, the
  /// start asks for nothing more (no file list, no content).
  public func plansFolder(from store: TeamStore) throws -> String? {
    guard let (id, publishedAt) = try TeamPlans.newest(on: store) else { return nil }
    let versionFolder = folder + "/v\(id)-\(publishedAt)"
    if !FileManager.default.fileExists(atPath: versionFolder) {
      try fetch(try TeamPlans.files(of: id, on: store), into: versionFolder, from: store)
    }
    try versionFolder.write(toFile: folder + "/last", atomically: true, encoding: .utf8)
    return versionFolder
  }

  /// Downloads the files not yet kept and assembles the version's folder.
  private func fetch(
    _ version: TeamPlans.Version, into versionFolder: String, from store: TeamStore
  )
    throws
  {
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/blobs", withIntermediateDirectories: true)
    let partial = versionFolder + ".part-\(getpid())"
    try? manager.removeItem(atPath: partial)
    let missing = Set(version.files.map(\.sha256)).filter {
      !manager.fileExists(atPath: folder + "/blobs/" + $0)
    }
    for (hash, content) in try TeamPlans.contents(
      sha256: missing.sorted(), of: version.id, on: store)
    {
      let blob = folder + "/blobs/" + hash
      try content.write(to: URL(fileURLWithPath: blob + ".tmp"), options: .atomic)
      _ = rename(blob + ".tmp", blob)
    }
    for file in version.files {
      let blob = folder + "/blobs/" + file.sha256
      guard manager.fileExists(atPath: blob) else { continue }
      let target = partial + "/" + file.name
      try manager.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try manager.copyItem(atPath: blob, toPath: target)
    }
    if rename(partial, versionFolder) != 0 { try? manager.removeItem(atPath: partial) }
  }

  /// The last version fetched, for when the server cannot be reached.
  public var lastSeen: String? {
    guard let text = try? String(contentsOfFile: folder + "/last", encoding: .utf8),
      FileManager.default.fileExists(atPath: text)
    else { return nil }
    return text
  }
}
