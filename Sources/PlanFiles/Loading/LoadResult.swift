import PlanModel

/// What loading a set of plan files produced.
public struct LoadResult: Sendable {
  /// The plans that loaded without a problem, in file order.
  public var plans: [Plan]
  /// The file each plan came from, parallel to `plans`.
  public var files: [String]
  /// Every problem found, sorted by file and line.
  public var problems: [FileProblem]
  /// How many files were read.
  public var fileCount: Int

  public init(plans: [Plan], files: [String], problems: [FileProblem], fileCount: Int) {
    self.plans = plans
    self.files = files
    self.problems = problems
    self.fileCount = fileCount
  }
}
