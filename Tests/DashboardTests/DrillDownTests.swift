import PlanModel
import Testing

@testable import Dashboard

@Suite struct DrillDownTests {
  @Test func clusterDetailShowsTargetsUnitsAndMeasuresWithBreadcrumb() throws {
    var snapshot = ProgressSnapshot()
    snapshot.actuals["hechuan.target.industrial-revenue"] = [
      Actual(itemID: "hechuan.target.industrial-revenue", year: 2024, value: 1200)
    ]
    let (engine, _) = Fixtures.engine(snapshot: snapshot)
    let screen = Fixtures.type(engine, "j 2 Enter")
    #expect(engine.state.stack.last?.route == .cluster("hechuan.cluster.auto-parts"))
    #expect(screen[1].contains("合川区 › 集群 › 智能网联新能源汽车零部件"))
    let target = try #require(screen.first { $0.contains("规模以上工业企业营业收入") })
    #expect(target.contains("800 (2022)"))
    #expect(target.contains("1600 (2027)"))
    #expect(target.contains("1200 (2024)"))
    #expect(target.contains("█"), "a bar from baseline to target")
    #expect(screen.contains { $0.contains("牵头单位") && $0.contains("区经济信息委") })
    #expect(screen.contains { $0.contains("责任单位") && $0.contains("区发展改革委、区科技局") })
    #expect(screen.contains { $0.contains("○ 待办") && $0.contains("壮大智能网联新能源汽车零部件产业") })
    #expect(screen.contains { $0.contains("电制动系统") })
    #expect(screen.contains { $0.contains("打造500亿级汽车零部件产业集群") })
    #expect(screen.contains { $0.contains("规模") && $0.contains("力争 500亿元 (2027)") })
  }

  @Test func targetDetailShowsSourceSentenceAndActualsByYear() throws {
    var snapshot = ProgressSnapshot()
    snapshot.actuals["hechuan.target.industrial-revenue"] = [
      Actual(itemID: "hechuan.target.industrial-revenue", year: 2023, value: 1010, note: "统计快报"),
      Actual(itemID: "hechuan.target.industrial-revenue", year: 2024, value: 1200),
    ]
    let (engine, _) = Fixtures.engine(snapshot: snapshot)
    // the cluster page's first line is its scale goal; the target is the next
    let screen = Fixtures.type(engine, "j 2 Enter j Enter")
    #expect(
      engine.state.stack.map(\.route) == [
        .cluster("hechuan.cluster.auto-parts"), .target("hechuan.target.industrial-revenue"),
      ])
    #expect(screen[1].contains("智能网联新能源汽车零部件 › 规模以上工业企业营业收入"))
    #expect(screen.contains { $0.contains("规模以上工业企业营业收入迈上1600亿元台阶") })
    #expect(screen.contains { $0.contains("2023") && $0.contains("1010") && $0.contains("统计快报") })
    #expect(screen.contains { $0.contains("2024") && $0.contains("1200") })
    // Esc and Backspace go back one level each.
    Fixtures.type(engine, "Escape")
    #expect(engine.state.stack.map(\.route) == [.cluster("hechuan.cluster.auto-parts")])
    let panes = Fixtures.type(engine, "BSpace")
    #expect(engine.state.stack.isEmpty)
    #expect(panes[1].contains("合川区 › 集群"))
  }

  @Test func measureDetailShowsTextUnitsHistoryAndNote() throws {
    let (engine, backend) = Fixtures.engine()
    Fixtures.type(engine, "j 5 Enter")
    #expect(engine.state.stack.last?.route == .measure("hechuan.measure.auto-chain"))
    var screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("围绕“整车+零部件”协同发展") })
    #expect(screen.contains { $0.contains("区发展改革委、区商务委") })
    #expect(screen.contains { $0.contains("（尚无记录）") })
    _ = try backend.apply(.setNote(id: "hechuan.measure.auto-chain", note: "已与园区对接"))
    engine.handle(.tick)
    screen = Fixtures.screen(engine)
    #expect(screen.contains { $0.contains("备注") && $0.contains("已与园区对接") })
    #expect(screen.contains { $0.contains("备注：已与园区对接") }, "history from the backend")
  }

  @Test func regionDetailAndTierAndIndicatorDetails() {
    let (engine, _) = Fixtures.engine()
    var screen = Fixtures.type(engine, "j Enter")
    #expect(engine.state.stack.last?.route == .region("hechuan"))
    #expect(screen.contains { $0.contains("重庆市合川区人民政府办公室") })
    #expect(screen.contains { $0.contains("2023-09-12") })
    Fixtures.type(engine, "Escape 3 j j Enter")
    screen = Fixtures.screen(engine)
    #expect(engine.state.stack.last?.route == .tier("hechuan.ladder.smes.little-giant"))
    #expect(screen.contains { $0.contains("12 (2027)") })
    Fixtures.type(engine, "Escape 4 Enter")
    screen = Fixtures.screen(engine)
    #expect(engine.state.stack.last?.route == .indicator("hechuan.indicator.revenue-per-mu"))
    #expect(screen.contains { $0.contains("亩均营业收入达400万元以上") })
  }

  @Test func focusKeyLeavesTheDetailPages() {
    let (engine, _) = Fixtures.engine()
    Fixtures.type(engine, "j 2 Enter j Enter")
    #expect(engine.state.stack.count == 2)
    Fixtures.type(engine, "5")
    #expect(engine.state.stack.isEmpty && engine.state.focus == .measures)
  }
}

@Suite struct DetailScrollTests {
  @Test func movingPastTheLastLinkScrollsTheTextIntoView() {
    // At 80x16 the measure page's text and history lie below the screen.
    let (engine, _) = Fixtures.engine(width: 80, height: 16)
    var screen = Fixtures.type(engine, "j 5 Enter")
    #expect(!screen.contains { $0.contains("（尚无记录）") })
    screen = Fixtures.type(engine, "j j j j j j j j j j j j")
    #expect(screen.contains { $0.contains("（尚无记录）") })
    #expect(screen.contains { $0.contains("协同发展") })
    screen = Fixtures.type(engine, "g")
    #expect(engine.state.stack.last?.scroll == 0)
    #expect(screen.contains { $0.contains("状态") })
    Fixtures.type(engine, "G")
    let top = engine.state.stack.last!
    #expect(top.scroll > 0)
    Fixtures.type(engine, "Left")
    #expect(engine.state.stack.isEmpty)
    Fixtures.type(engine, "Right")
    #expect(engine.state.stack.count == 1)
  }
}

@Suite struct RegionPageTests {
  @Test func regionPageLinksItsTopLevelClusters() {
    let (engine, _) = Fixtures.engine()
    let screen = Fixtures.type(engine, "j Enter")
    #expect(
      screen.contains { $0.contains("智能网联新能源汽车零部件") && $0.contains("主导") && $0.contains("0/1") })
    #expect(!screen.contains { $0.contains("电制动系统") }, "sub-clusters are on their parent's page")
    // Targets come first, then clusters: two targets, then the first cluster.
    Fixtures.type(engine, "j j Enter")
    #expect(engine.state.stack.last?.route == .cluster("hechuan.cluster.auto-parts"))
    #expect(Fixtures.screen(engine)[1].contains("合川区 › 地区 › 智能网联新能源汽车零部件"))
  }
}
