import Foundation
import PlanModel
import ProgressStore

/// The progress last read from a team store, kept on this machine beside its plans
/// (`TeamPlanCache`'s folder, `progress.json`), so that a dashboard started while the
/// server is away opens on the plans and progress it saw last. Written whole and renamed
/// into place: a reader never sees half a file.
public struct TeamProgressCache: Sendable {
  public let file: String

  public init(
    store url: TeamURL, environment: [String: String] = ProcessEnvironment.values
  ) {
    file = TeamPlanCache(store: url, environment: environment).folder + "/progress.json"
  }

  /// What is kept: the snapshot and when it was read.
  public struct Saved: Codable, Sendable {
    public var savedAt: Double
    public var measures: [String: MeasureProgress]
    public var actuals: [Actual]

    public var snapshot: ProgressSnapshot {
      var snapshot = ProgressSnapshot(measures: measures)
      for actual in actuals { snapshot.actuals[actual.itemID, default: []].append(actual) }
      for (id, list) in snapshot.actuals {
        snapshot.actuals[id] = list.sorted { $0.year < $1.year }
      }
      return snapshot
    }
  }

  public func save(_ snapshot: ProgressSnapshot, at time: Double = Date().timeIntervalSince1970)
    throws
  {
    let saved = Saved(
      savedAt: time, measures: snapshot.measures,
      actuals: snapshot.actuals.keys.sorted().flatMap { snapshot.actuals[$0] ?? [] })
    let folder = (file as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try JSONEncoder().encode(saved).write(to: URL(fileURLWithPath: file), options: .atomic)
  }

  /// The progress last saved, or nil when none was (or the file cannot be read).
  public func load() -> Saved? {
    guard let data = FileManager.default.contents(atPath: file) else { return nil }
    return try? JSONDecoder().decode(Saved.self, from: data)
  }
}
