import Foundation

/// The demo store (`plandash demo --store-path`) built in a fresh data and config folder of
/// its own, so that a test never meets the user's real store or settings; the folder goes
/// with the value.
public struct DemoStore {
  public let folder: TemporaryFolder
  /// `XDG_DATA_HOME` and `XDG_CONFIG_HOME` pointing at the folder: pass it to every run.
  public let environment: [String: String]
  /// The demo store's path, rebuilt from the shipped demo file.
  public let path: String

  public init() throws {
    folder = TemporaryFolder()
    environment = ["XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path]
    path = try PlandashBinary.run(["demo", "--store-path"], environment: environment).out
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
