import Foundation
import Testing

@testable import PlanImport

/// A converter that hangs is stopped after the tools' timeout, with everything it started,
/// and the read fails with one line naming the file.
struct ExternalToolsTimeoutTests {
  /// A stand-in `soffice` that starts a child and never finishes; it writes the child's id.
  func hangingTool(in folder: String) throws {
    let script = """
      #!/bin/sh
      sleep 120 &
      echo $! > \(folder)/child.pid
      sleep 120
      """
    let path = folder + "/soffice"
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
  }

  @Test func aHangingConverterIsStoppedWithItsChildren() throws {
    let folder = NSTemporaryDirectory() + "plandash-timeout-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try hangingTool(in: folder)
    let input = folder + "/plan.doc"
    try Data("not really a Word file".utf8).write(to: URL(fileURLWithPath: input))
    let tools = ExternalTools(searchPath: [folder], timeout: 1)
    let started = Date()
    let expected = DocumentReadError.timedOut(path: input, tool: "soffice", seconds: 1)
    #expect(throws: expected) {
      try DocumentReader.read(URL(fileURLWithPath: input), tools: tools)
    }
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(
      expected.message.en
        == "\(input): soffice was still running after 1 s and was stopped (a damaged file, or soffice waiting for input?)"
    )
    #expect(!expected.message.zh.contains("\n"))
    let child = try String(contentsOfFile: folder + "/child.pid", encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(!Self.isRunning(child))
  }

  /// True while the process runs (a zombie waiting to be collected does not).
  static func isRunning(_ pid: String) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    return state != "Z" && state != "X"
  }

  @Test func aProgramThatFinishesIsNotStopped() throws {
    let scratch = try ScratchFolder()
    let outcome = try ExternalTools(searchPath: ["/bin", "/usr/bin"], timeout: 30).run(
      "/bin/sh", ["-c", "echo done >&2; exit 3"], output: nil, in: scratch)
    #expect(outcome.status == 3)
    #expect(!outcome.timedOut)
    #expect(outcome.errorOutput == "done\n")
  }
}
