import ArgumentParser
import Dashboard

/// A failure the user can act on: printed in the user's language as one line (or one line
/// a problem), with a non-zero exit status.
struct CLIError: UserFacingError, CustomStringConvertible {
  let message: Localized
  let exitCode: Int32

  init(_ message: Localized, exitCode: Int32 = 1) {
    self.message = message
    self.exitCode = exitCode
  }

  /// A message already worded for the user (a lower layer's, in one language).
  init(verbatim message: String, exitCode: Int32 = 1) {
    self.init(Localized(verbatim: message), exitCode: exitCode)
  }

  var description: String { message.en }
}
