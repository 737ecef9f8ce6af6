/// A broken rule in one plan of a set, pointing at the field by its path of file keys
/// (`["measures", "3", "clusters", "0"]`), so the file layer can name the line.
public struct PlanViolation: Hashable, Sendable, CustomStringConvertible {
  /// Index of the plan in the checked list.
  public var planIndex: Int
  /// Path of keys and list indices from the top of the plan file.
  public var path: [String]
  /// What is wrong, in both languages.
  public var message: Localized
  /// For a duplicate: the field that defined the same id first (the file layer names its
  /// file and line after the message).
  public var firstDefinedAt: PlanPlace?

  public init(
    planIndex: Int, path: [String], message: Localized, firstDefinedAt: PlanPlace? = nil
  ) {
    self.planIndex = planIndex
    self.path = path
    self.message = message
    self.firstDefinedAt = firstDefinedAt
  }

  public var description: String {
    let first = firstDefinedAt.map { " (first defined at \($0))" } ?? ""
    return "plan \(planIndex) \(path.joined(separator: ".")): \(message.en)\(first)"
  }
}
