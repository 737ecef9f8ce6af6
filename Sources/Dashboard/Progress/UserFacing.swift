import PlanModel

/// An error a backend throws that knows its words in both languages; the dashboard shows it
/// in the user's language on the status line (any other error is shown as it describes itself).
public protocol UserFacingError: Error {
  var message: Localized { get }
}

enum UserFacing {
  /// The status-line text of a backend's error.
  static func text(of error: any Error, _ language: Language) -> String {
    (error as? any UserFacingError)?.message(language) ?? "\(error)"
  }
}
