import Foundation

/// The built `plandash` executable (`.build/debug/plandash` under the package root), run as a
/// user would run it — shared by the test targets that drive the real binary.
public enum PlandashProcess {
  public static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  public static let binary = packageRoot + "/.build/debug/plandash"
  public static let sampleData = packageRoot + "/SampleData"

  /// Why a test that needs the binary cannot run, or nil when it can.
  public static var missing: String? {
    FileManager.default.isExecutableFile(atPath: binary)
      ? nil : "the plandash binary is not built: run `swift build` first (looked for \(binary))"
  }

  public struct Result: Sendable {
    public var status: Int32
    public var out: String
    public var err: String
  }

  /// Runs plandash to the end with a clean environment: no PLANDASH_* variables unless given,
  /// and caches and stores under a temporary home.
  public static func run(
    _ arguments: [String], environment: [String: String] = [:], directory: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PLANDASH_") }
    let home = NSTemporaryDirectory() + "plandash-cli-home"
    merged["XDG_CACHE_HOME"] = home + "/cache"
    merged["XDG_DATA_HOME"] = home + "/data"
    merged["XDG_CONFIG_HOME"] = home + "/config"
    merged["LANG"] = "C.UTF-8"
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting, so that a large output cannot block the child.
    let errReader = Thread.detachedReader(err)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = errReader.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self))
  }
}

/// Reads a pipe to its end on another thread.
final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ pipe: Pipe) {
    let handle = pipe.fileHandleForReading
    DispatchQueue.global().async {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

extension Thread {
  static func detachedReader(_ pipe: Pipe) -> PipeReader { PipeReader(pipe) }
}
