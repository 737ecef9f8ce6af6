import Foundation

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
  let path: String

  init() {
    let base = NSTemporaryDirectory() + "plandash-store-tests-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    path = base
  }

  deinit {
    chmodTree(path)
    try? FileManager.default.removeItem(atPath: path)
  }

  func file(_ name: String) -> String { path + "/" + name }

  /// Gives write permission back everywhere, so tests that made files read-only can be
  /// cleaned up.
  private func chmodTree(_ root: String) {
    chmod(root, 0o700)
    for name in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? [] {
      chmod(root + "/" + name, 0o700)
    }
  }
}
