import Foundation

/// Where the progress store lives: `--store PATH`, else `PLANDASH_STORE`, else one store per
/// user, `$XDG_DATA_HOME/plandash/progress.sqlite` (or `~/.local/share/plandash/…`). Items
/// are keyed by their ids, which are global, so the same store serves every plans folder:
/// moving or copying a plans folder keeps its progress. (Stores of the old layout, one per
/// plans folder, are merged into it: `LegacyStoreFiles`, `mergeLegacyStores(in:)`.)
public enum StoreLocation {
  /// The default store's file name in the data folder.
  public static let defaultFileName = "progress.sqlite"

  public static func resolve(
    storeOption: String?, environment: [String: String] = ProcessEnvironment.values
  ) -> String {
    if let storeOption, !storeOption.isEmpty { return absolute(storeOption) }
    if let fromEnvironment = environment["PLANDASH_STORE"], !fromEnvironment.isEmpty {
      return absolute(fromEnvironment)
    }
    return defaultPath(environment: environment)
  }

  /// The one store per user: `progress.sqlite` in the data folder.
  public static func defaultPath(environment: [String: String]) -> String {
    dataFolder(environment: environment) + "/" + defaultFileName
  }

  /// `$XDG_DATA_HOME/plandash`, or `$HOME/.local/share/plandash` when XDG_DATA_HOME is unset
  /// or not absolute (as the XDG spec says).
  public static func dataFolder(environment: [String: String]) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return trimmed(xdg) + "/plandash"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return trimmed(home) + "/.local/share/plandash"
  }

  /// `progress-<folder name>-<16 hex digits>.sqlite` for the folder's canonical path: the
  /// name of a plans folder's store in the old layout (merged into the default store when
  /// found) and, after `demo-`, of the demo's own store for that folder.
  public static func fileName(forPlansFolder folder: String) -> String {
    let canonical = canonicalPath(folder)
    let name = URL(fileURLWithPath: canonical).lastPathComponent
    let safeName = String(
      name.unicodeScalars.map { scalar -> Character in
        let ascii = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-")
        return ascii ? Character(scalar) : "_"
      }
      .prefix(40))
    let hash = String(fnv1a64(canonical), radix: 16)
    let padded = String(repeating: "0", count: 16 - hash.count) + hash
    return "progress-\(safeName.isEmpty ? "plans" : safeName)-\(padded).sqlite"
  }

  /// The absolute path with symbolic links resolved, so `./plans`, `plans/` and a link to it
  /// all name one store.
  public static func canonicalPath(_ path: String) -> String {
    URL(fileURLWithPath: absolute(path)).standardizedFileURL.resolvingSymlinksInPath().path
  }

  static func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    return FileManager.default.currentDirectoryPath + "/" + path
  }

  private static func trimmed(_ folder: String) -> String {
    var folder = folder
    while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
    return folder
  }

  /// FNV-1a, 64 bits: stable across runs and platforms (unlike `Hasher`).
  static func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
