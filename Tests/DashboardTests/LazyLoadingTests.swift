import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard
@testable import PlanFiles

/// Issue 15: started on a fresh index, the dashboard decodes only the plans its screen
/// shows (`Catalog(shelf:)`), and every frame is the one the plans loaded whole give.
@Suite struct LazyLoadingTests {
  static let regionCount = 60

  /// A folder of generated plans, loaded once so that the cache and its index are written.
  struct Folder {
    let plans = TemporaryFolder()
    let caches = TemporaryFolder()
    let whole: Catalog
    var cache: PlanCache { PlanCache(path: caches.path + "/plans.cache") }

    init() throws {
      let generator = SyntheticPlans(seed: 15)
      for number in 0..<LazyLoadingTests.regionCount {
        let name = "gen" + String(1000 + number) + ".yaml"
        plans.write(name, try PlanYAMLWriter.yaml(for: generator.plan(number)))
      }
      let loaded = PlanLoader.load(
        paths: [plans.path], cache: PlanCache(path: caches.path + "/plans.cache"))
      guard loaded.problems.isEmpty else { throw LoadFailed(problems: loaded.problems) }
      whole = loaded.catalog
    }

    /// The catalog the dashboard starts on: lazy, through the fresh index.
    func lazy() throws -> Catalog {
      let indexed = try #require(IndexedPlans.open(paths: [plans.path], cache: cache))
      #expect(indexed.cacheHoldsEveryPlan)
      return Catalog(shelf: indexed)
    }
  }

  struct LoadFailed: Error { let problems: [FileProblem] }

  /// Some measures of every region done, so that each row's figures differ.
  static func snapshot(_ catalog: Catalog) -> ProgressSnapshot {
    var measures: [String: MeasureProgress] = [:]
    for (number, plan) in catalog.plans.enumerated() {
      for measure in plan.measures.prefix(number % 7) {
        measures[measure.id] = MeasureProgress(status: .done)
      }
    }
    return ProgressSnapshot(measures: measures)
  }

  static func engine(_ catalog: Catalog, _ snapshot: ProgressSnapshot) -> DashboardEngine {
    DashboardEngine(
      catalog: catalog, backend: InMemoryProgressBackend(snapshot: snapshot),
      options: DashboardOptions(language: .en), themes: Fixtures.themes)
  }

  static func frame(_ engine: DashboardEngine, keys: String) -> [String] {
    HeadlessRender.render(engine: engine, width: 120, height: 30, keys: KeyScript.parse(keys))
  }

  @Test func theFirstFrameDecodesOnlyThePlansItShows() throws {
    let folder = try Folder()
    let snapshot = Self.snapshot(folder.whole)
    let lazy = try folder.lazy()
    let engine = Self.engine(lazy, snapshot)
    let first = Self.frame(engine, keys: "")
    let shown = lazy.decodedPlanCount
    #expect(shown > 0 && shown <= 30, "decoded \(shown) of \(Self.regionCount)")
    #expect(first == Self.frame(Self.engine(folder.whole, snapshot), keys: ""))
    #expect(first.contains { $0.contains(folder.whole.plans[0].region.name) })
  }

  @Test func aRegionsPlanIsDecodedWhenItComesIntoView() throws {
    let folder = try Folder()
    let snapshot = Self.snapshot(folder.whole)
    let lazy = try folder.lazy()
    let engine = Self.engine(lazy, snapshot)
    let last = folder.whole.plans[Self.regionCount - 1]
    let before = Self.frame(engine, keys: "")
    #expect(!before.contains { $0.contains(last.region.name) })
    let decodedBefore = lazy.decodedPlanCount
    let after = Self.frame(engine, keys: "G")
    #expect(lazy.decodedPlanCount > decodedBefore)
    #expect(lazy.decodedPlanCount < Self.regionCount)
    #expect(after.contains { $0.contains(last.region.name) })
    #expect(after == Self.frame(Self.engine(folder.whole, snapshot), keys: "G"))
    // The last region's clusters, from its plan decoded for the selected region's pane.
    #expect(after.contains { $0.contains(last.clusters[0].name) })
  }

  @Test func listsAcrossEveryRegionDecodeEveryPlanAndShowTheSame() throws {
    let folder = try Folder()
    let snapshot = Self.snapshot(folder.whole)
    for keys in ["/ gen0005 Enter", "o o o o o", "5 A", "5 A / 推进 Enter", "Tab Tab Enter"] {
      let lazy = try folder.lazy()
      let shown = Self.frame(Self.engine(lazy, snapshot), keys: keys)
      #expect(shown == Self.frame(Self.engine(folder.whole, snapshot), keys: keys), "\(keys)")
    }
    let lazy = try folder.lazy()
    _ = Self.frame(Self.engine(lazy, snapshot), keys: "/ gen")
    #expect(lazy.decodedPlanCount == Self.regionCount)
  }

  @Test func aPlanFileChangedBetweenStartsIsSeen() throws {
    let folder = try Folder()
    let file = folder.plans.path + "/gen1000.yaml"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let title = folder.whole.plans[0].document.title
    let edited = text.replacingOccurrences(of: "行动方案", with: "实施方案")
    #expect(edited != text && edited.utf8.count == text.utf8.count)
    folder.plans.write("gen1000.yaml", edited)
    // The index no longer vouches for the files: the start loads them again.
    #expect(IndexedPlans.open(paths: [folder.plans.path], cache: folder.cache) == nil)
    let reloaded = PlanLoader.load(paths: [folder.plans.path], cache: folder.cache)
    #expect(reloaded.problems.isEmpty)
    let lazy = try folder.lazy()
    let frame = Self.frame(Self.engine(lazy, ProgressSnapshot()), keys: "")
    let newTitle = title.replacingOccurrences(of: "行动方案", with: "实施方案")
    #expect(lazy.plan(at: 0).document.title == newTitle)
    #expect(frame == Self.frame(Self.engine(reloaded.catalog, ProgressSnapshot()), keys: ""))
  }
}
