import PlanModel

/// Plan files changed on disk: a clean load replaces the plans (positions kept where the ids
/// still exist); a load with problems keeps the plans shown and says so on the status line,
/// naming the first problem as `plandash validate` words it.
enum Reloading {
  static func reduce(
    _ state: inout DashboardState, _ reload: PlanReload, _ data: inout DashboardData
  ) {
    guard let catalog = reload.catalog, reload.problems.isEmpty else {
      guard let first = reload.problems.first else { return }
      let lang = state.language
      let more = reload.problems.count - 1
      state.message = StatusMessage(
        first(lang),
        tail: (more > 0 ? UIText.moreProblems(more)(lang) : "") + UIText.previousPlansShown(lang),
        kind: .warning, aboutPlanFiles: true)
      return
    }
    data.catalog = catalog
    if state.regionID.flatMap(catalog.plan(forRegion:)) == nil {
      state.regionID = catalog.regionIDs.first
    }
    state.stack.removeAll {
      !catalog.contains($0.route.itemID) && catalog.plan(forRegion: $0.route.itemID) == nil
    }
    state.marked = state.marked.filter(catalog.contains)
    if state.message?.aboutPlanFiles == true { state.message = nil }
  }
}
