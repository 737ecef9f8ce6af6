import Foundation
import Testing

/// The built `plandash` executable (`.build/debug/plandash` under the package root), run
/// as a user would run it.
enum PlandashBinary {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  static let path = packageRoot + "/.build/debug/plandash"

  /// True when the binary is built and has the store's subcommands.
  static let available: Bool = {
    guard FileManager.default.isExecutableFile(atPath: path) else { return false }
    // `plandash mark --help` exits 0 even where `mark` is unknown (it prints the root
    // help), so look for an option only `mark` has.
    guard let help = try? run(["mark", "--help"]) else { return false }
    return help.status == 0 && help.out.contains("--from-file")
  }()

  static let skipReason: Comment =
    "needs the built binary with the store's subcommands (mark, actual … registered in PlandashCommand): run `swift build --product plandash` (looked for \(path))"

  struct Result {
    var status: Int32
    var out: String
    var err: String
    /// True when the process ended by a signal (`status` is then the signal).
    var signalled: Bool
  }

  /// Runs plandash to the end.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    let (process, out, err) = try start(arguments, environment: environment)
    return finish(process, out: out, err: err)
  }

  /// Starts plandash; `finish` waits for it.
  static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (
    Process, Pipe, Pipe
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    merged["PLANDASH_STORE"] = nil
    merged["PLANDASH_PLANS"] = nil
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    return (process, out, err)
  }

  static func finish(_ process: Process, out: Pipe, err: Pipe) -> Result {
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self),
      signalled: process.terminationReason == .uncaughtSignal)
  }
}
