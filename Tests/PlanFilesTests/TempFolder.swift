import Foundation

/// A fresh temporary folder per test, removed when the test ends.
final class TempFolder {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "plandash-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  @discardableResult
  func write(_ name: String, _ text: String) -> String {
    write(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) -> String {
    let file = (path as NSString).appendingPathComponent(name)
    _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
    return file
  }
}
