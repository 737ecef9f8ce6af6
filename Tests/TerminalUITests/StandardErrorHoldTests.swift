import Foundation
import Testing

@testable import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// What the program writes to standard error while curses owns the screen is kept and
/// written out when the terminal is given back (else it would vanish with the alternate
/// screen — a Swift "Fatal error: …" before a crash, for one). The test holds a descriptor
/// of its own rather than the test runner's standard error.
@Suite(.serialized) @MainActor struct StandardErrorHoldTests {
  @Test func heldTextAppearsOnlyWhenReleasedAndInOrder() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("plandash-stderr-\(UUID().uuidString)").path
    let stream = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    try #require(stream >= 0)
    defer {
      close(stream)
      unlink(path)
    }
    func written() -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "?" }
    func say(_ text: String) { _ = text.withCString { write(stream, $0, strlen($0)) } }
    let long = String(repeating: "x", count: 10_000) + "\n"

    say("before\n")
    SignalTrap.holdStandardError(descriptor: stream)
    say("Fatal error: 合川 held\n")
    say(long)
    #expect(written() == "before\n", "held text reached the stream early")
    SignalTrap.releaseStandardError()
    say("after\n")
    let expected = "before\nFatal error: 合川 held\n" + long + "after\n"
    #expect(written() == expected)
    // A second release changes nothing.
    SignalTrap.releaseStandardError()
    say("end\n")
    #expect(written() == expected + "end\n")
  }
}
