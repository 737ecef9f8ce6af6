import Foundation
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// Without a terminal the dashboard refuses at once with one line and status 2 — never a
  /// spin, never a crash.
  @Suite struct NoTerminalTests {
    @Test(arguments: [["terminal-check"], ["dashboard"], []])
    func noTTYGivesOneLineAndStatus2(arguments: [String]) throws {
      let started = Date()
      let result = try PlandashBinary.run(arguments, environment: ["TERM": "xterm-256color"])
      #expect(result.status == 2)
      let lines = result.err.split(separator: "\n")
      #expect(lines.count == 1, "\(result.err)")
      #expect(result.err.contains("not"))
      #expect(result.out.isEmpty)
      #expect(Date().timeIntervalSince(started) < 10)
    }
  }
}
