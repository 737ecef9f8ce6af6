import PlanModel
import Testing

@testable import Dashboard

@Suite struct NavigationTests {
  @Test func tabShiftTabAndNumbersMoveFocus() {
    let (engine, _) = Fixtures.engine()
    #expect(engine.state.focus == .regions)
    Fixtures.type(engine, "Tab")
    #expect(engine.state.focus == .clusters)
    Fixtures.type(engine, "Tab Tab Tab Tab")
    #expect(engine.state.focus == .regions)
    Fixtures.type(engine, "BTab")
    #expect(engine.state.focus == .measures)
    Fixtures.type(engine, "3")
    #expect(engine.state.focus == .ladders)
    let screen = Fixtures.screen(engine)
    #expect(screen[0].contains("3 梯度培育"))
  }

  @Test func arrowsJKPagesAndEnds() {
    let (engine, _) = Fixtures.engine(
      catalog: Fixtures.bigCatalog(measures: 100), width: 80, height: 24)
    Fixtures.type(engine, "5")
    #expect(engine.state[pane: .measures].selection == 0)
    Fixtures.type(engine, "j j Down")
    #expect(engine.state[pane: .measures].selection == 3)
    Fixtures.type(engine, "k Up")
    #expect(engine.state[pane: .measures].selection == 1)
    let page = ScreenLayout(engine.state).visibleRows(.measures)
    Fixtures.type(engine, "NPage")
    #expect(engine.state[pane: .measures].selection == 1 + page)
    Fixtures.type(engine, "PPage PPage")
    #expect(engine.state[pane: .measures].selection == 0)
    let screen = Fixtures.type(engine, "G")
    #expect(engine.state[pane: .measures].selection == 99)
    #expect(screen.contains { $0.contains("措施第99条") })
    #expect(!screen.contains { $0.contains("措施第0条") })
    Fixtures.type(engine, "g")
    #expect(engine.state[pane: .measures].selection == 0)
    #expect(engine.state[pane: .measures].scroll == 0)
  }

  @Test func sortKeyCyclesColumnsAndBackToPlanOrder() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 5")
    func titles() -> [String] { PaneRows.ids(.measures, engine.state, engine.data) }
    let planOrder = titles()
    Fixtures.type(engine, "o")
    #expect(engine.state[pane: .measures].sortColumn == 0)
    Fixtures.type(engine, "o")
    #expect(engine.state[pane: .measures].sortColumn == 1)
    // By pinyin: 盘活… (pan), 数据… (shu), 壮大… (zhuang); code points would put 壮 first.
    #expect(
      titles() == ["hechuan.measure.land", "hechuan.measure.escape", "hechuan.measure.auto-chain"])
    let columns = MeasuresTable.columns(engine.state).count
    for _ in 0..<(columns - 1) { Fixtures.type(engine, "o") }
    #expect(engine.state[pane: .measures].sortColumn == nil)
    #expect(titles() == planOrder)
  }

  @Test func sortByStatusPutsBlockedFirst() {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.escape"] = MeasureProgress(status: .blocked)
    let (engine, _) = Fixtures.engine(snapshot: snapshot)
    Fixtures.type(engine, "j 5 o o o o")
    #expect(engine.state[pane: .measures].sortColumn == 3)
    #expect(PaneRows.ids(.measures, engine.state, engine.data).first == "hechuan.measure.escape")
    let screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("状态↓") })
  }

  @Test func twoColumnLayoutKeepsRegionsBesideTheFocusedPane() {
    let (engine, _) = Fixtures.engine(width: 100, height: 30)
    let screen = Fixtures.type(engine, "4")
    #expect(screen.contains { $0.contains("1 地区") && $0.contains("4 用地与能耗 (0)") })
    let single = Fixtures.engine(width: 80, height: 24).0
    let s = Fixtures.type(single, "j 4")
    #expect(s.contains { $0.contains("4 用地与能耗 (2)") })
    #expect(!s.dropFirst().contains { $0.contains("┌ 1 地区") })
  }
}

@Suite struct PersistenceTests {
  @Test func lastViewRoundTripsThroughOptions() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 4 t L")
    let saved = engine.state.optionsToPersist
    #expect(saved.regionID == "hechuan" && saved.focus == .landEnergy)
    #expect(saved.themeName == "light" && saved.language == .en)
    let (again, _) = Fixtures.engine(options: saved)
    #expect(again.state.regionID == "hechuan")
    #expect(again.state.focus == .landEnergy)
    #expect(again.state[pane: .regions].selection == 1)
    #expect(again.state.language == .en && again.state.themeName == "light")
  }

  @Test func unknownRegionOrThemeInOptionsFallsBack() {
    let (engine, _) = Fixtures.engine(
      options: DashboardOptions(themeName: "gone", regionID: "atlantis"))
    #expect(engine.state.regionID == "bazhong")
    #expect(engine.state.themeName == "default-dark")
  }
}
