import PlanModel

/// An error a backend throws that knows its words in both languages (defined in PlanModel,
/// so the store can word its own; named here too for the files that import only Dashboard).
public typealias UserFacingError = PlanModel.UserFacingError

enum UserFacing {
  /// The status-line text of a backend's error: in the user's language when it is a
  /// `UserFacingError`, else as it describes itself.
  static func text(of error: any Error, _ language: Language) -> String {
    (error as? any UserFacingError)?.message(language) ?? "\(error)"
  }
}
