import Dashboard
import TerminalUI

extension TerminalError {
  /// The terminal's refusal in both languages, for a `CLIError`.
  var message: Localized {
    Localized(zh: message(chinese: true), en: message(chinese: false))
  }
}
