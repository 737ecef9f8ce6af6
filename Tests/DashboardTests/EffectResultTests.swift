import PlanModel
import Testing

@testable import Dashboard

/// Issue 11, item 2: the reducer is the only writer of state. The runtime hands the store's
/// answers back as `.effectResults` actions; the reducer alone puts them into the data and
/// the status line.
@Suite struct EffectResultTests {
  static func fresh() -> (DashboardState, DashboardData) {
    var state = DashboardState(
      options: DashboardOptions(), themeNames: ["a"], firstRegionID: "hechuan")
    state.focus = .measures
    return (state, DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot()))
  }

  static let measure = "hechuan.measure.auto-chain"

  @Test func aStoredChangeBringsItsSnapshotInAndAsksForNothing() {
    var (state, data) = Self.fresh()
    var snapshot = ProgressSnapshot()
    snapshot.measures[Self.measure] = MeasureProgress(status: .done)
    state.message = StatusMessage("已标记完成")
    let change = ProgressChange.setStatus(ids: [Self.measure], status: .done, note: nil)
    let asked = Reducer.reduce(
      &state, .effectResults([.stored(change, snapshot: snapshot, changedItems: [])]), data: &data)
    #expect(asked == [])
    #expect(data.snapshot.status(of: Self.measure) == .done)
    // The key's own message stays: an outcome is not a key.
    #expect(state.message?.text == "已标记完成")
  }

  @Test func anUndoneChangeNamesWhatWasTakenBack() {
    var (state, data) = Self.fresh()
    _ = Reducer.reduce(
      &state,
      .effectResults([
        .stored(.undo, snapshot: ProgressSnapshot(), changedItems: [Self.measure])
      ]),
      data: &data)
    #expect(state.message?.text.hasPrefix(UIText.undone(.zh)) == true)
    #expect(state.message?.text.contains(data.name(of: Self.measure)) == true)
  }

  @Test func aFailureShowsItsErrorAndChangesNoData() {
    var (state, data) = Self.fresh()
    let before = data.snapshot
    _ = Reducer.reduce(&state, .effectResults([.failed("disk full")]), data: &data)
    #expect(state.message == StatusMessage("disk full", kind: .error))
    #expect(data.snapshot == before)
  }

  @Test func historiesReadComeInThroughTheReducer() {
    var (state, data) = Self.fresh()
    let entry = ProgressHistoryEntry(
      timestamp: 0, summary: Localized(zh: "状态 → 已完成", en: "status → done"))
    _ = Reducer.reduce(
      &state, .effectResults([.historiesLoaded([Self.measure: [entry]])]), data: &data)
    #expect(data.histories[Self.measure] == [entry])
  }

  @Test func aKeyClearsTheMessageAndAResizeKeepsIt() {
    var (state, data) = Self.fresh()
    state.message = StatusMessage("kept")
    _ = Reducer.reduce(&state, .resize(width: 100, height: 30), data: &data)
    #expect(state.message?.text == "kept")
    _ = Reducer.reduce(&state, .moveDown, data: &data)
    #expect(state.message == nil)
  }

  /// The engine's store write ends in the data the reducer set: a failing store leaves the
  /// progress as it was and says why.
  @Test func aFailingStoreLeavesTheProgressAndSaysWhy() {
    let backend = FailingBackend()
    let engine = DashboardEngine(
      catalog: Fixtures.catalog, backend: backend, options: DashboardOptions(language: .en),
      themes: Fixtures.themes)
    engine.handle(.resize(width: 160, height: 48))
    Fixtures.type(engine, "5 Space")
    #expect(engine.data.snapshot.measures.isEmpty)
    #expect(engine.state.message?.kind == .error)
    #expect(engine.state.message?.text.contains("store refused") == true)
  }
}

/// Issue 11: on a detail page one Space built the page five times. The page memo builds it
/// once per frame: once for the progress and history after the mark, whatever reads it.
@Suite struct PageMemoTests {
  @Test(arguments: ["j 5 Enter", "j 2 Enter G"])
  func oneSpaceOnAPageBuildsThatPageOnce(keys: String) throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, keys)
    let before = engine.data.pageMemo.built
    Fixtures.type(engine, "Space")
    #expect(try backend.snapshot().measures.values.contains { $0.status == .done })
    #expect(engine.data.pageMemo.built - before == 1)
  }

  @Test func movingOnAPageBuildsNothing() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "2 Enter")
    let before = engine.data.pageMemo.built
    Fixtures.type(engine, "j j k")
    #expect(engine.data.pageMemo.built == before)
  }
}

/// A store that refuses every write.
final class FailingBackend: ProgressBackend {
  struct Refused: Error, CustomStringConvertible {
    var description: String { "store refused" }
  }
  func apply(_ change: ProgressChange) throws -> ProgressSnapshot { throw Refused() }
  func snapshot() throws -> ProgressSnapshot { ProgressSnapshot() }
  func history(of itemID: String) throws -> [ProgressHistoryEntry] { [] }
  func changeToken() throws -> Int64 { 0 }
  func itemsChangedLast() -> [String] { [] }
}
