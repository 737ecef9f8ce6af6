/// An error that knows its words in both languages: whoever shows it (the dashboard's status
/// line, a command's one-line refusal) picks the user's. Any other error is shown as it
/// describes itself.
public protocol UserFacingError: Error {
  var message: Localized { get }
}
