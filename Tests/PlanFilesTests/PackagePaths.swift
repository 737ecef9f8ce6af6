import Foundation

/// Folders of the package this test was built from.
enum PackagePaths {
  static let root: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  static let sampleData = root + "/SampleData"
  /// The seed documents beside the repository (`../shared/seeds`), when present.
  static let seeds = URL(fileURLWithPath: root).deletingLastPathComponent()
    .appendingPathComponent("shared/seeds").path
}
