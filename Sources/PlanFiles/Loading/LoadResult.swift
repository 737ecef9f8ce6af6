import PlanModel

/// What loading a set of plan files produced.
public struct LoadResult: Sendable {
  /// The plans that loaded without a problem, in file order, with their id index.
  public var catalog: Catalog
  /// The file each plan came from, parallel to `catalog.plans`.
  public var files: [String]
  /// Every problem found, sorted by file and line.
  public var problems: [FileProblem]
  /// How many files were read.
  public var fileCount: Int

  public init(catalog: Catalog, files: [String], problems: [FileProblem], fileCount: Int) {
    self.catalog = catalog
    self.files = files
    self.problems = problems
    self.fileCount = fileCount
  }

  /// The plans that loaded without a problem, in file order.
  public var plans: [Plan] { catalog.plans }
}
