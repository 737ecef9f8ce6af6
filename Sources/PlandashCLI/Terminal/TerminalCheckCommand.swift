import ArgumentParser
import Foundation
import TerminalUI

/// `plandash terminal-check`: a bordered screen of Chinese text that echoes each key as the
/// dashboard would receive it — for checking a terminal's widths, colours and keys.
struct TerminalCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "terminal-check",
    abstract: "Show how this terminal draws Chinese and which keys arrive (q quits).")

  @Flag(help: "Draw the border in plain ASCII.")
  var ascii = false

  func run() throws {
    let ascii = self.ascii
    let exit = try MainActor.assumeIsolated {
      try TerminalLauncher.run(TerminalCheckApp(ascii: ascii))
    }
    if exit.status != 0 { throw ExitCode(exit.status) }
  }
}
