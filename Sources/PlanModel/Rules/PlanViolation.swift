/// A broken rule in one plan of a set, pointing at the field by its path of file keys
/// (`["measures", "3", "clusters", "0"]`), so the file layer can name the line.
public struct PlanViolation: Hashable, Sendable, CustomStringConvertible {
  /// Index of the plan in the checked list.
  public var planIndex: Int
  /// Path of keys and list indices from the top of the plan file.
  public var path: [String]
  public var message: String

  public init(planIndex: Int, path: [String], message: String) {
    self.planIndex = planIndex
    self.path = path
    self.message = message
  }

  public var description: String {
    "plan \(planIndex) \(path.joined(separator: ".")): \(message)"
  }
}
