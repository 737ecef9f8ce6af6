import PlanModel
import Testing

@testable import Dashboard

/// The row memo must never change what a pane lists.
@Suite struct RowCacheTests {
  func fresh(_ pane: PaneID, _ engine: DashboardEngine) -> [String] {
    // A new data value has an empty memo: the rows computed from scratch.
    let data = DashboardData(catalog: engine.data.catalog, snapshot: engine.data.snapshot)
    return PaneRows.ids(pane, engine.state, data)
  }

  @Test func typingNarrowingAndDeletingGiveTheSameRowsAsFromScratch() {
    let (engine, _) = Fixtures.engine(catalog: Fixtures.bigCatalog(measures: 300))
    Fixtures.type(engine, "5 o o /")
    for step in [
      "措", "施", "第", "1", "BSpace", "BSpace", "2", "Space", "单", "位", "3",
      "BSpace BSpace BSpace BSpace",
    ] {
      if step.count == 1 && !step.unicodeScalars.first!.isASCII {
        engine.handle(.key(.text(step)))
      } else {
        Fixtures.type(engine, step)
      }
      let cached = PaneRows.ids(.measures, engine.state, engine.data)
      #expect(
        cached == fresh(.measures, engine),
        "after \(step): filter \(engine.state[pane: .measures].filter)")
    }
    #expect(engine.state[pane: .measures].filter == "措施2")
  }

  @Test func recordedProgressRefreshesMemoisedRows() throws {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .blocked)
    let (engine, backend) = Fixtures.engine(snapshot: snapshot)
    Fixtures.type(engine, ": status Space blocked Enter")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == [])
    Fixtures.type(engine, ": region Space hechuan Enter 5")
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.land"])
    Fixtures.type(engine, "s")  // blocked → todo: it leaves the blocked list at once
    #expect(try backend.snapshot().status(of: "hechuan.measure.land") == .todo)
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == [])
    _ = try backend.apply(.setStatus(ids: ["hechuan.measure.escape"], status: .blocked, note: nil))
    engine.handle(.tick)
    #expect(PaneRows.ids(.measures, engine.state, engine.data) == ["hechuan.measure.escape"])
  }

  @Test func sortByStatusFollowsNewMarks() throws {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 5 o o o o")  // by status: blocked, todo, in progress, done
    #expect(engine.state[pane: .measures].sortColumn == 3)
    let before = PaneRows.ids(.measures, engine.state, engine.data)
    #expect(
      before == ["hechuan.measure.auto-chain", "hechuan.measure.land", "hechuan.measure.escape"])
    Fixtures.type(engine, "Space")  // the first (auto-chain) is done: it moves to the end
    let after = PaneRows.ids(.measures, engine.state, engine.data)
    #expect(
      after == ["hechuan.measure.land", "hechuan.measure.escape", "hechuan.measure.auto-chain"])
    #expect(after == fresh(.measures, engine))
  }

  @Test func sortingIsStableAndPutsMissingValuesLast() {
    #expect(SortKey.number(1) < SortKey.number(2))
    #expect(SortKey.number(99) < SortKey.reading("a"))
    #expect(SortKey.reading("z") < SortKey.missing)
    #expect(SortKey.section("总则") < SortKey.missing)
    #expect(!(SortKey.missing < SortKey.missing))
    // Section numbers by numeral value (五 U+4E94 is below 四 U+56DB in code points).
    #expect(SortKey.section("四(十)") < SortKey.section("五(一)"))
    #expect(SortKey.section("三(二)") < SortKey.section("三(十)"))
    let (engine, _) = Fixtures.engine()
    // By section: the unnumbered measure sorts by the position it shows (五 ¶3), after 四(二).
    Fixtures.type(engine, "j 5 o")
    #expect(PaneRows.ids(.measures, engine.state, engine.data).last == "hechuan.measure.escape")
  }
}
