import Dashboard
import Foundation
import PlanModel
import ProgressStore
import TeamStore

/// What the dashboard opens on: the plans (and the folder watched for edits) and the
/// progress backend. With a team store that cannot be reached, the plans and progress last
/// seen from it, read-only, and the notice that says so.
struct DashboardStart {
  var catalog: Catalog
  var folder: String
  var backend: any ProgressBackend
  var offline: OfflineNotice?
  /// A team store's reporting period as of today, once the office has set its due day.
  var reporting: ReportingCycle?
  /// Writes the progress seen to disk in the background; flushed when the session ends.
  var keeper: ProgressKeeper?

  static func open(
    store: StoreOptions, plans: PlansOptions, user: String, _ language: Language
  ) throws -> DashboardStart {
    if let address = store.teamAddress, let start = try lastSeen(address, plans, language) {
      return start
    }
    let (catalog, folder) = try store.loadCatalog(plans, language, lazily: true)
    let backend = try store.backend(user: user, language)
    var start = DashboardStart(catalog: catalog, folder: folder, backend: backend)
    if let team = backend.store as? TeamStore {
      // Every snapshot read from the team store is kept, for a start while it is away.
      let keeper = ProgressKeeper(TeamProgressCache(store: team.url))
      backend.snapshotRead = keeper.keep
      start.keeper = keeper
      start.reporting = try storeFailures { try TeamPeriod.dueDay(on: team) }.map { cycle($0) }
    }
    return start
  }

  /// This month's reporting period, due on `dueDay`, as of `now` (local time).
  static func cycle(_ dueDay: Int, now: Date = Date()) -> ReportingCycle {
    let calendar = Calendar.current
    let today = calendar.dateComponents([.year, .month, .day], from: now)
    let first = calendar.date(from: DateComponents(year: today.year, month: today.month, day: 1))
    return ReportingCycle(
      dueDay: dueDay, year: today.year ?? 0, month: today.month ?? 1, day: today.day ?? 1,
      periodStart: first?.timeIntervalSince1970 ?? 0)
  }

  /// The plans and progress last seen when the team store cannot be reached (and some were
  /// seen); nil when it can be (the normal start follows), or throws its one-line error when
  /// nothing was ever seen from it.
  private static func lastSeen(_ address: String, _ plans: PlansOptions, _ language: Language)
    throws -> DashboardStart?
  {
    let url = try storeFailures { try TeamURL(address) }
    do {
      // The connection made here is the one the dashboard then uses.
      _ = try StoreOptions.connect(address)
      return nil
    } catch let error as TeamStoreError {
      guard case .unreachable = error else { return nil }
      let folder = plans.plans ?? TeamPlanCache(store: url).lastSeen
      guard let folder, let saved = TeamProgressCache(store: url).load() else {
        throw CLIError(error.message)
      }
      var options = plans
      options.plans = folder
      let (catalog, loaded) = try options.loadCatalog(language, lazily: true)
      return DashboardStart(
        catalog: catalog, folder: loaded,
        backend: ReadOnlyProgressBackend(snapshot: saved.snapshot),
        offline: OfflineNotice(store: url.description, savedAt: saved.savedAt))
    }
  }
}
