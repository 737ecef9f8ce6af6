import PlanModel
import Testing

@testable import Dashboard

/// `d` (or Delete) on a year's actual on a figure's page: the first press only asks; a second
/// press on the same figure deletes it, as one change `u` takes back; any other key between
/// the two cancels, so no single stray key deletes a record.
@Suite struct ActualDeletionTests {
  static let indicator = "hechuan.indicator.revenue-per-mu"

  static var snapshot: ProgressSnapshot {
    var snapshot = ProgressSnapshot()
    snapshot.actuals[indicator] = [
      Actual(itemID: indicator, year: 2023, value: 350, note: "统计公报"),
      Actual(itemID: indicator, year: 2024, value: 372),
    ]
    snapshot.actuals["hechuan.cluster.auto-parts"] = [
      Actual(itemID: "hechuan.cluster.auto-parts", year: 2024, value: 310)
    ]
    return snapshot
  }

  /// The indicator's page (Land & Energy, first row), its 2023 actual selected.
  func indicatorPage(_ language: Language = .zh) -> (DashboardEngine, InMemoryProgressBackend) {
    let (engine, backend) = Fixtures.engine(
      snapshot: Self.snapshot, options: DashboardOptions(language: language, currentYear: 2025))
    Fixtures.type(engine, "j 4 Enter")
    return (engine, backend)
  }

  func years(_ backend: InMemoryProgressBackend, _ id: String = indicator) throws -> [Int] {
    try backend.snapshot().actuals[id]?.map(\.year) ?? []
  }

  @Test func thePageListsEachYearAsASelectableRow() {
    let (engine, _) = indicatorPage()
    #expect(engine.state.stack.last?.route == .indicator(Self.indicator))
    #expect(Selection.actual(in: engine.state, data: engine.data)?.year == 2023)
    Fixtures.type(engine, "j")
    #expect(Selection.actual(in: engine.state, data: engine.data)?.year == 2024)
  }

  @Test func theFirstPressAsksAndTheSecondDeletesThenUndoBringsItBack() throws {
    let (engine, backend) = indicatorPage()
    var screen = Fixtures.type(engine, "d")
    #expect(try years(backend) == [2023, 2024], "one press deletes nothing")
    #expect(engine.state.pendingDeletion?.year == 2023)
    #expect(screen.contains { $0.contains("再按一次 d 删除实际值 2023 = 350") })
    screen = Fixtures.type(engine, "d")
    #expect(try years(backend) == [2024])
    #expect(engine.state.pendingDeletion == nil)
    #expect(screen.contains { $0.contains("已删除实际值 2023 = 350（u 撤销）") })
    Fixtures.type(engine, "u")
    #expect(
      try backend.snapshot().actuals[Self.indicator]?.first
        == Actual(itemID: Self.indicator, year: 2023, value: 350, note: "统计公报"))
    Fixtures.type(engine, "C-r")
    #expect(try years(backend) == [2024], "redo deletes it again")
  }

  @Test func theDeleteKeyWorksAsDAndSaysSoInEnglish() throws {
    let (engine, backend) = indicatorPage(.en)
    Fixtures.type(engine, "j Delete")
    #expect(
      engine.state.message?.text.contains("press d again to delete the actual 2024 = 372") == true)
    Fixtures.type(engine, "Delete")
    #expect(try years(backend) == [2023])
  }

  @Test func anyOtherKeyBetweenThePressesCancels() throws {
    let (engine, backend) = indicatorPage()
    // d, then a move: the second d asks about the 2024 figure; it does not delete.
    Fixtures.type(engine, "d j d")
    #expect(try years(backend) == [2023, 2024])
    #expect(engine.state.pendingDeletion?.year == 2024)
    // d, then a key that does nothing here (t cycles the theme): still nothing deleted.
    Fixtures.type(engine, "t d")
    #expect(try years(backend) == [2023, 2024])
    // Typing d into the filter of a pane after leaving the page deletes nothing either.
    Fixtures.type(engine, "Escape / d d Escape")
    #expect(try years(backend) == [2023, 2024])
  }

  @Test func aFigureChangedSinceTheFirstPressIsAskedAgain() throws {
    let (engine, backend) = indicatorPage()
    Fixtures.type(engine, "d")
    // Another process records a new value for that year meanwhile.
    _ = try backend.apply(.setActual(Actual(itemID: Self.indicator, year: 2023, value: 351)))
    engine.refreshIfChanged()
    Fixtures.type(engine, "d")
    #expect(try years(backend) == [2023, 2024])
    #expect(engine.state.pendingDeletion?.value == 351)
  }

  @Test func onARowThatIsNotAnActualNothingIsAskedOrDeleted() throws {
    let (engine, backend) = Fixtures.engine(
      snapshot: Self.snapshot, options: DashboardOptions(language: .zh, currentYear: 2025))
    // A measure's page: its rows are links to clusters and targets, not actuals.
    Fixtures.type(engine, "j 5 Enter")
    #expect(engine.state.stack.count == 1)
    Fixtures.type(engine, "d d")
    #expect(engine.state.pendingDeletion == nil)
    #expect(engine.state.message?.text.contains("请先在“历年实际值”下选中某一年的实际值") == true)
    #expect(try backend.snapshot().actuals == Self.snapshot.actuals)
  }

  @Test func aClusterScalePageListsItsActualsAndDeletesThem() throws {
    let (engine, backend) = Fixtures.engine(
      snapshot: Self.snapshot, options: DashboardOptions(language: .zh, currentYear: 2025))
    let screen = Fixtures.type(engine, "j 2 Enter G")
    #expect(engine.state.stack.last?.route == .cluster("hechuan.cluster.auto-parts"))
    #expect(screen.contains { $0.contains("历年实际值") })
    #expect(Selection.actual(in: engine.state, data: engine.data)?.value == 310)
    Fixtures.type(engine, "d d")
    #expect(try years(backend, "hechuan.cluster.auto-parts") == [])
  }

  /// The reducer alone: the change comes out only on the second `.deleteActual`.
  @Test func theReducerReturnsTheChangeOnlyOnTheSecondPress() {
    let (engine, _) = indicatorPage()
    var state = engine.state
    var data = engine.data
    #expect(Reducer.reduce(&state, .deleteActual, data: &data) == [])
    #expect(
      Reducer.reduce(&state, .deleteActual, data: &data)
        == [.deleteActual(itemID: Self.indicator, year: 2023)])
    #expect(Reducer.reduce(&state, .deleteActual, data: &data) == [])
    #expect(Reducer.reduce(&state, .moveToTop, data: &data) == [])
    #expect(state.pendingDeletion == nil)
    #expect(Reducer.reduce(&state, .deleteActual, data: &data) == [])
  }

  @Test func helpListsTheKey() {
    let lines = KeyTable.helpLines(.zh)
    #expect(lines.contains { $0.key.contains("d") && $0.description.contains("删除所选年份的实际值") })
    #expect(
      KeyTable.helpLines(.en).contains {
        $0.description.contains("delete the selected year's actual (press again to confirm")
      })
  }
}
