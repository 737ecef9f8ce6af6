/// A field of one plan in a checked list: the plan's index and the path of file keys to the
/// field, so the file layer can name its file and line.
public struct PlanPlace: Hashable, Sendable, CustomStringConvertible {
  /// Index of the plan in the checked list.
  public var planIndex: Int
  /// Path of keys and list indices from the top of the plan file.
  public var path: [String]

  public init(planIndex: Int, path: [String]) {
    self.planIndex = planIndex
    self.path = path
  }

  public var description: String { "plan \(planIndex) \(path.joined(separator: "."))" }
}
