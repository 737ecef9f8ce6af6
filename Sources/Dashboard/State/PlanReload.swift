import PlanModel

/// The plan files loaded again while the dashboard runs (the CLI watches them): the new
/// plans when every file loaded cleanly, else the problems found, each worded as
/// `plandash validate` prints it (`file:line: message`). The reducer decides what to show.
public struct PlanReload: Hashable, Sendable {
  /// The plans to show; nil when the files have problems.
  public var catalog: Catalog?
  /// The problems, first as `plandash validate` lists them first, in both languages (the
  /// dashboard shows them in its own); empty for a clean load.
  public var problems: [Localized]

  /// A clean load.
  public init(catalog: Catalog) {
    self.catalog = catalog
    problems = []
  }

  /// A load with problems: the plans on screen stay.
  public init(problems: [Localized]) {
    catalog = nil
    self.problems = problems
  }

  public static func == (a: PlanReload, b: PlanReload) -> Bool {
    a.problems == b.problems && a.catalog?.plans == b.catalog?.plans
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(problems)
    hasher.combine(catalog?.plans.count)
  }
}
