import ArgumentParser
import Foundation

/// Runs the command line, printing a user's error as one plain line (no stack, no usage dump).
public enum PlandashMain {
  public static func run() {
    do {
      var command = try PlandashCommand.parseAsRoot()
      try command.run()
    } catch let error as CLIError {
      StandardStreams.err("plandash: \(error.message)\n")
      exit(error.exitCode)
    } catch {
      PlandashCommand.exit(withError: error)
    }
  }
}
