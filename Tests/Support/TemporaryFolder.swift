import Foundation

/// A fresh folder under the system's temporary folder for one test (plans, a store,
/// settings, caches), removed with everything in it when the value goes away — even files
/// a test made read-only.
public final class TemporaryFolder {
  public let path: String
  public var url: URL { URL(fileURLWithPath: path) }

  public init() {
    path = NSTemporaryDirectory() + "plandash-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    // Give write permission back everywhere, so that read-only test files can go too.
    chmod(path, 0o700)
    for name in (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [] {
      chmod(path + "/" + name, 0o700)
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The path of an entry in the folder.
  public func path(_ name: String) -> String { path + "/" + name }

  /// Writes a text file into the folder; returns its path.
  @discardableResult
  public func write(_ name: String, _ text: String) -> String {
    write(name, bytes: Array(text.utf8))
  }

  /// Writes a file of bytes into the folder; returns its path.
  @discardableResult
  public func write(_ name: String, bytes: [UInt8]) -> String {
    let file = path(name)
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
    return file
  }
}
