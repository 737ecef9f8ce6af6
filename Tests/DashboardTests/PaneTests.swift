import PlanModel
import Testing

@testable import Dashboard

/// What each of the five panes shows, at the grid layout (160x48) where all are on screen.
@Suite struct PaneTests {
  func grid(_ keys: String = "") -> [String] {
    let (engine, _) = Fixtures.engine(width: 160, height: 48)
    return Fixtures.type(engine, keys)
  }

  func row(_ screen: [String], containing text: String) -> String? {
    screen.first { $0.contains(text) }
  }

  @Test func regionsPaneShowsLevelPlanHorizonAndMeasuresDone() throws {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .done)
    let (engine, _) = Fixtures.engine(snapshot: snapshot)
    let screen = Fixtures.screen(engine)
    let hechuan = try #require(row(screen, containing: "合川区"))
    #expect(hechuan.contains(" 区 "))
    #expect(hechuan.contains("2023-2027"))
    #expect(hechuan.contains("1/3"))
    #expect(hechuan.contains("33%"))
    #expect(hechuan.contains("深入推进"))
    let bazhong = try #require(screen.first { $0.contains("巴中市") && $0.contains("2023-2035") })
    #expect(bazhong.contains("0/2"))
  }

  @Test func currentRegionInPaneOneDrivesTheOthers() throws {
    let before = grid()
    #expect(row(before, containing: "食品饮料") != nil)
    #expect(row(before, containing: "亩均营业收入") == nil)
    let after = grid("j")
    #expect(row(after, containing: "食品饮料") == nil)
    #expect(row(after, containing: "亩均营业收入") != nil)
    #expect(row(after, containing: "壮大智能网联新能源汽车零部件产业") != nil)
    #expect(after[1].contains("合川区"))
  }

  @Test func clustersPaneShowsTierScaleLeadUnitAndDoneTotal() throws {
    let screen = grid("j")
    let auto = try #require(row(screen, containing: "智能网联新能源汽车零部件 "))
    #expect(auto.contains("主导"))
    #expect(auto.contains("力争 500 (2027)"))
    #expect(auto.contains("区经济信息委"))
    #expect(auto.contains("0/1"))
    let biomed = try #require(row(screen, containing: "生物医药"))
    #expect(biomed.contains("特色"))
    #expect(biomed.contains("—"), "an open scale and lead unit read —")
    #expect(row(screen, containing: "  电制动系统") != nil, "sub-clusters are indented")
  }

  @Test func laddersPaneShowsTiersInOrderWithCountsAsAFunnel() throws {
    let screen = grid("j")
    let names = ["创新型中小企业", "专精特新", "“小巨人”", "单项冠军"]
    let rows = names.compactMap { name in screen.firstIndex { $0.contains(name) } }
    #expect(rows.count == 4)
    #expect(rows == rows.sorted(), "tiers in ladder order")
    let first = screen[rows[0]]
    #expect(first.contains("120") && first.contains("300家"))
    let last = screen[rows[3]]
    #expect(last.contains("1家"))
    // The funnel narrows from the broadest rung to the highest.
    let blocks = rows.map { screen[$0].filter { $0 == "█" }.count }
    #expect(blocks[0] > blocks[3])
    #expect(blocks == blocks.sorted(by: >))
    // No baseline for 单项冠军: "—".
    #expect(last.contains("—"))
  }

  @Test func landEnergyPaneShowsIndicatorUnitBaselineTargetLatestDirection() throws {
    var snapshot = ProgressSnapshot()
    snapshot.actuals["hechuan.indicator.revenue-per-mu"] = [
      Actual(itemID: "hechuan.indicator.revenue-per-mu", year: 2023, value: 350),
      Actual(itemID: "hechuan.indicator.revenue-per-mu", year: 2024, value: 372.5),
    ]
    let (engine, _) = Fixtures.engine(snapshot: snapshot)
    let screen = Fixtures.type(engine, "j")
    let revenue = try #require(row(screen, containing: "亩均营业收入"))
    #expect(revenue.contains("万元/亩"))
    #expect(revenue.contains("320 (2022)"))
    #expect(revenue.contains("400 (2027)"))
    #expect(revenue.contains("372.5 (2024)"))
    #expect(revenue.contains("↑ 提高"))
    let energy = try #require(row(screen, containing: "单位增加值能耗"))
    #expect(energy.contains("↓ 降低"))
    #expect(energy.contains("—"), "no baseline, no actual")
  }

  @Test func measuresPaneShowsSectionTitleLeadUnitAndStatusWithSymbolAndWord() throws {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .blocked)
    let (engine, _) = Fixtures.engine(snapshot: snapshot)
    let screen = Fixtures.type(engine, "j")
    let land = try #require(row(screen, containing: "盘活低效工业用地"))
    #expect(land.contains("四(二)"))
    #expect(land.contains("区规划自然资源局"))
    #expect(land.contains("✖ 受阻"))
    let auto = try #require(row(screen, containing: "壮大智能网联"))
    #expect(auto.contains("○ 待办"))
    // A measure with no section shows its position; control characters show as ^[.
    let escape = try #require(row(screen, containing: "数据里有"))
    #expect(escape.contains("五 ¶3"))
    #expect(escape.contains("^["))
    #expect(!screen.joined().contains("\u{1B}"))
  }

  @Test func englishInterfaceUsesEnglishHeadersAndStatusWords() throws {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .en))
    let screen = Fixtures.type(engine, "j")
    #expect(screen[0].contains("1 Regions"))
    #expect(row(screen, containing: "Lead units") != nil)
    #expect(try #require(row(screen, containing: "盘活低效工业用地")).contains("○ todo"))
  }

  @Test func columnsStayAlignedAtEveryWidth() {
    for width in [80, 91, 100, 117, 133, 140, 161, 200, 300] {
      let (engine, _) = Fixtures.engine(width: width, height: 40)
      let screen = Fixtures.type(engine, "j 5")
      let buffer = Fixtures.buffer(engine)
      BufferChecks.expectWellFormed(buffer)
      // The status column starts at the same display column on every measure row.
      let rows = screen.filter { $0.contains("○ 待办") || $0.contains("✖") }
      let columns = Set(
        rows.map { line -> Int in
          let marker = line.firstRange(of: "○ 待办") ?? line.firstRange(of: "✖")!
          return DisplayWidth.of(String(line[..<marker.lowerBound]))
        })
      #expect(rows.count == 3, "width \(width)")
      #expect(columns.count == 1, "width \(width): \(rows)")
    }
  }
}

@Suite struct OverdueTests {
  @Test func overdueMeasuresSayItInWordsNotOnlyColour() throws {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .zh, currentYear: 2025))
    let screen = Fixtures.type(engine, "j 5")
    let row = try #require(screen.first { $0.contains("壮大智能网联") })
    #expect(row.contains("○ 待办 !逾期"), "due 2024, not done in 2025")
    let buffer = Fixtures.buffer(engine)
    let y = try #require(screen.firstIndex(of: row))
    let x = try #require((0..<buffer.width).first { buffer[$0, y].text == "!" })
    #expect(buffer[x, y].style.role == .behind)
    let onTime = Fixtures.engine(options: DashboardOptions(language: .zh, currentYear: 2024)).0
    #expect(!Fixtures.type(onTime, "j 5").contains { $0.contains("逾期") })
  }
}
