import Foundation

/// The published plans on this machine: each file's content kept once by its SHA-256
/// (`blobs/`), each version a folder of its files by name (`v<N>/`), under one folder per
/// store in `$XDG_CACHE_HOME/plandash/team/`. Only files not yet here are downloaded. The
/// newest version seen is remembered, so that a dashboard started while the server is away
/// opens on the last plans it saw.
public struct TeamPlanCache: Sendable {
  public let folder: String

  public init(
    store url: TeamURL, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    let base =
      environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.cache")
    let key = "\(url.user)@\(url.host):\(url.port)/\(url.database)"
    let safe = String(key.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "_" })
    folder = base + "/plandash/team/" + safe
  }

  /// The folder holding the newest published version, fetched as needed; nil before the
  /// first publish.
  public func plansFolder(from store: TeamStore) throws -> String? {
    guard let version = try TeamPlans.latest(on: store) else { return nil }
    let versionFolder = folder + "/v\(version.id)"
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/blobs", withIntermediateDirectories: true)
    if !manager.fileExists(atPath: versionFolder) {
      let partial = versionFolder + ".part-\(getpid())"
      try? manager.removeItem(atPath: partial)
      for file in version.files {
        let blob = folder + "/blobs/" + file.sha256
        if !manager.fileExists(atPath: blob) {
          guard let content = try TeamPlans.content(sha256: file.sha256, on: store) else {
            continue
          }
          try content.write(to: URL(fileURLWithPath: blob + ".tmp"), options: .atomic)
          _ = rename(blob + ".tmp", blob)
        }
        let target = partial + "/" + file.name
        try manager.createDirectory(
          atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try manager.copyItem(atPath: blob, toPath: target)
      }
      if rename(partial, versionFolder) != 0 { try? manager.removeItem(atPath: partial) }
    }
    try versionFolder.write(toFile: folder + "/last", atomically: true, encoding: .utf8)
    return versionFolder
  }

  /// The last version fetched, for when the server cannot be reached.
  public var lastSeen: String? {
    guard let text = try? String(contentsOfFile: folder + "/last", encoding: .utf8),
      FileManager.default.fileExists(atPath: text)
    else { return nil }
    return text
  }
}
