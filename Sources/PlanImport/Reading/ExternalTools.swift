import Foundation

/// Finds and runs the programs some kinds of document are read through: LibreOffice's
/// `soffice` (.doc, .wps) and poppler's `pdftotext` (.pdf). Their output goes to files in a
/// scratch folder, so no pipe can fill and stall them; a program still running after
/// `timeout` seconds is stopped with everything it started.
public struct ExternalTools: Sendable {
  /// The folders searched for a program, in order.
  public var searchPath: [String]
  /// How long a program may run, in seconds, before it is stopped.
  public var timeout: Double
  /// The default `timeout`: a long plan converts in a few seconds; a minute means LibreOffice
  /// hangs (a dialog, a locked profile, a broken file).
  public static let defaultTimeout: Double = 60

  /// The folders of the `PATH` environment variable (else /usr/bin and /bin).
  public init() {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    self.init(searchPath: path.split(separator: ":").map(String.init))
  }

  public init(searchPath: [String], timeout: Double = ExternalTools.defaultTimeout) {
    self.searchPath = searchPath
    self.timeout = timeout
  }

  /// The program's full path, or nil when it is in none of the folders.
  func locate(_ name: String) -> String? {
    searchPath.map { ($0 as NSString).appendingPathComponent(name) }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// What a program run left: its exit status and what it wrote to standard error, or that
  /// it was stopped after `timeout` seconds.
  struct Outcome {
    var status: Int32
    var errorOutput: String
    var timedOut = false
  }

  /// Runs `executable` with `arguments` to its end (or until `timeout`), standard output into
  /// `output` (a file path, or discarded when nil) and standard error kept for the message.
  func run(_ executable: String, _ arguments: [String], output: String?, in scratch: ScratchFolder)
    throws -> Outcome
  {
    let errorPath = scratch.path("stderr-\(UUID().uuidString)")
    let errorHandle = try ScratchFolder.newFile(errorPath)
    defer { try? errorHandle.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardError = errorHandle
    if let output {
      process.standardOutput = try ScratchFolder.newFile(output)
    } else {
      process.standardOutput = FileHandle.nullDevice
    }
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = scratch.path
    environment["LC_ALL"] = "C.UTF-8"
    process.environment = environment
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    let timedOut = finished.wait(timeout: .now() + timeout) == .timedOut
    if timedOut {
      ProcessTree.stop(process.processIdentifier)
      finished.wait()
    }
    if let handle = process.standardOutput as? FileHandle { try? handle.close() }
    let errorText = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    return Outcome(
      status: process.terminationStatus, errorOutput: errorText, timedOut: timedOut)
  }
}

/// A folder of its own for one read's intermediate files, removed when the read is done.
final class ScratchFolder {
  let path: String

  init() throws {
    let base = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "plandash-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    path = base
  }

  func path(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }

  /// A new empty file at `path`, open for writing.
  static func newFile(_ path: String) throws -> FileHandle {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
