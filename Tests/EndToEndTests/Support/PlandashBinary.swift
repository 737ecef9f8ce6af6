import Foundation

/// The real `plandash` executable, built by `swift build` before `swift test`.
enum PlandashBinary {
  /// The package root, found from this file's place in it (Tests/EndToEndTests/Support/).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The path of `.build/debug/plandash`, or an error saying to build it first.
  static func path() throws -> String {
    let path = packageRoot.appendingPathComponent(".build/debug/plandash").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw EndToEndError(
        "\(path) is missing: run `swift build` in \(packageRoot.path) before `swift test`")
    }
    return path
  }

  /// Runs plandash without a terminal and returns its exit status and output.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], stdin: FileHandle? = nil
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try path())
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C.UTF-8"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin ?? FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }
}

struct EndToEndError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
