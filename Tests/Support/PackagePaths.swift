import Foundation

/// Folders and files of the package the tests were built from.
public enum PackagePaths {
  public static let root: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  public static let sampleData = root + "/SampleData"
  public static let themes = root + "/Themes"
  public static let docs = root + "/docs"
  /// The seed documents beside the repository (`../shared/seeds`), when present.
  public static let seeds = URL(fileURLWithPath: root).deletingLastPathComponent()
    .appendingPathComponent("shared/seeds").path

  /// A text file's contents, or nil when it cannot be read.
  public static func text(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }
}
