import ArgumentParser

/// A failure the user can act on: printed as is, with a non-zero exit status.
struct CLIError: Error, CustomStringConvertible {
  let message: String
  let exitCode: Int32

  init(_ message: String, exitCode: Int32 = 1) {
    self.message = message
    self.exitCode = exitCode
  }

  var description: String { message }
}
