import Foundation

/// Runs a program to its end and returns its status and output, reading standard error on
/// another thread so that neither pipe can fill and stall the child (as `PlandashBinary` does).
public enum ChildProcess {
  public static func run(_ arguments: [String], environment: [String: String]? = nil) throws
    -> (status: Int32, out: String, err: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let errReader = PipeReader(err)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = errReader.wait()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }
}
