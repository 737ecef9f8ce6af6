import Dashboard
import Foundation
import PlanModel
import ProgressStore
import TeamStore

/// A team store chosen with `--store postgres://…` or `PLANDASH_STORE=postgres://…`.
extension StoreOptions {
  /// The address given, when it names a team store.
  var teamAddress: String? {
    let given =
      store.flatMap { $0.isEmpty ? nil : $0 }
      ?? ProcessEnvironment.values["PLANDASH_STORE"].flatMap { $0.isEmpty ? nil : $0 }
    return given.flatMap { TeamURL.isTeamAddress($0) ? $0 : nil }
  }

  /// The team store, connected and checked, or nil when the store is a local file. A
  /// command opens it once, whatever number of its steps ask for it (`OpenTeamStores`).
  func openTeam() throws -> TeamStore? {
    guard let address = teamAddress else { return nil }
    return try storeFailures { try Self.connect(address) }
  }

  /// Connects to the team store at `address` (once per process, while the connection
  /// lasts).
  static func connect(_ address: String) throws -> TeamStore {
    try OpenTeamStores.shared.store(address) {
      try TeamStore(
        url: TeamURL(address),
        timeout: TeamConnection.timeout(environment: ProcessEnvironment.values))
    }
  }

  /// The team store, or a one-line refusal naming the command when the store is local.
  func requireTeam(_ command: String) throws -> TeamStore {
    guard let team = try openTeam() else {
      throw CLIError(TeamText.needsTeamStore(command))
    }
    return team
  }

  /// The plans: with a team store and no `--plans`, the newest published version (fetched
  /// into the local cache as needed); else the plans folder. With a `pick`, only the plans
  /// it chooses, where the index allows (`PlansOptions.loadCatalog(_:touching:lazily:)`);
  /// `lazily`, a catalog that decodes each plan when first asked for.
  func loadCatalog(
    _ plansOptions: PlansOptions, _ language: Language, touching pick: PlanPick? = nil,
    lazily: Bool = false
  ) throws -> (catalog: Catalog, folder: String) {
    guard plansOptions.plans == nil, let team = try openTeam() else {
      return try plansOptions.loadCatalog(language, touching: pick, lazily: lazily)
    }
    let cache = TeamPlanCache(store: team.url)
    guard let folder = try storeFailures({ try cache.plansFolder(from: team) }) else {
      throw CLIError(TeamText.nothingPublished(team.location))
    }
    var options = plansOptions
    options.plans = folder
    return try options.loadCatalog(language, touching: pick, lazily: lazily)
  }
}

extension StoreOptions {
  /// Each reported measure's review state: a team store's; none for a local store.
  func reviews() throws -> [String: ReviewState] {
    guard let team = try openTeam() else { return [:] }
    return try storeFailures { try team.reviews() }
  }
}
