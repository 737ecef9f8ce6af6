import Foundation

/// The built `plandash` executable (`.build/debug/plandash` under the package root), run
/// as a user would run it — shared by every test target that drives the real binary.
public enum PlandashBinary {
  public static let packageRoot = PackagePaths.root

  public static let path = packageRoot + "/.build/debug/plandash"
  public static let sampleData = PackagePaths.sampleData

  /// True when the binary is built and has the store's subcommands.
  /// The binary's path, or an error saying to build it first (for tests that must not skip).
  public static func requirePath() throws -> String {
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw MissingBinary(
        description:
          "\(path) is missing: run `swift build` in \(packageRoot) before `swift test`")
    }
    return path
  }

  public struct MissingBinary: Error, CustomStringConvertible {
    public let description: String
  }

  /// True under CI (`CI` set and not empty): there a missing binary or tool fails the suites
  /// that need it instead of skipping them.
  public static let isCI: Bool = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

  /// Whether the suites that drive the binary run: when it is built, and always under CI,
  /// where a missing binary then fails them (`requirePath` throws) rather than skipping.
  public static let available: Bool = {
    if isCI { return true }
    guard FileManager.default.isExecutableFile(atPath: path) else { return false }
    // `plandash mark --help` exits 0 even where `mark` is unknown (it prints the root
    // help), so look for an option only `mark` has.
    guard let help = try? run(["mark", "--help"]) else { return false }
    return help.status == 0 && help.out.contains("--from-file")
  }()

  public static let skipReason: String =
    "needs the built binary with the store's subcommands (mark, actual … registered in PlandashCommand): run `swift build --product plandash` (looked for \(path))"

  public struct Result: Sendable {
    public var status: Int32
    public var out: String
    public var err: String
    /// True when the process ended by a signal (`status` is then the signal).
    public var signalled: Bool
  }

  /// Runs plandash to the end.
  public static func run(
    _ arguments: [String], environment: [String: String] = [:], directory: String? = nil,
    stdin: FileHandle? = nil
  ) throws -> Result {
    let (process, out, err) = try start(
      arguments, environment: environment, directory: directory, stdin: stdin)
    return finish(process, out: out, err: err)
  }

  /// Starts plandash; `finish` waits for it.
  public static func start(
    _ arguments: [String], environment: [String: String] = [:], directory: String? = nil,
    stdin: FileHandle? = nil
  ) throws -> (Process, Pipe, Pipe) {
    let process = Process()
    process.standardInput = stdin ?? FileHandle.nullDevice
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.executableURL = URL(fileURLWithPath: try requirePath())
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    merged["PLANDASH_STORE"] = nil
    merged["PLANDASH_PLANS"] = nil
    merged["LANG"] = "C.UTF-8"
    // Messages in English unless a test asks for Chinese (plandash speaks Chinese unless the
    // locale names English), and no settings file of the user's own to change that.
    merged["LC_ALL"] = nil
    merged["LC_MESSAGES"] = "en_US.UTF-8"
    merged["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "plandash-tests-no-config"
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    return (process, out, err)
  }

  public static func finish(_ process: Process, out: Pipe, err: Pipe) -> Result {
    // Standard error is read on another thread so that neither pipe can fill and stall the child.
    let errReader = PipeReader(err)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = errReader.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errData, as: UTF8.self),
      signalled: process.terminationReason == .uncaughtSignal)
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
