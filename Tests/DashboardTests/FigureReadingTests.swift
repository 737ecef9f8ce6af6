import PlanModel
import Testing

@testable import Dashboard

/// Figures must read right at a glance: a target comparable with the actual beside it,
/// units on every count, no number cut off for a label, a bar on every progress row.
@Suite struct FigureReadingTests {
  /// 单位增加值能耗较2022年下降13% (2025), with the 2022 actual 0.52 recorded:
  /// 0.52 × (1 − 0.13) = 0.4524 → shown as 0.45.
  static let energyWithBase = ProgressSnapshot(actuals: [
    "hechuan.indicator.energy": [
      Actual(itemID: "hechuan.indicator.energy", year: 2022, value: 0.52),
      Actual(itemID: "hechuan.indicator.energy", year: 2024, value: 0.49),
    ]
  ])

  @Test func aReductionTargetShowsTheLevelItComesToBesideTheLatest() throws {
    let (engine, _) = Fixtures.engine(
      snapshot: Self.energyWithBase, options: DashboardOptions(language: .zh, currentYear: 2024))
    let screen = Fixtures.type(engine, "j 4")
    let row = try #require(screen.first { $0.contains("单位增加值能耗") })
    #expect(row.contains("0.45 (2025)"), "\(row)")
    #expect(row.contains("0.49 (2024)"))
    #expect(!row.contains("13 (2025)"), "the change is not a level: \(row)")
    #expect(!row.contains("%"), "the levels' unit is not %: \(row)")
    // Its page gives the change asked for and the level it comes to.
    let page = Fixtures.type(engine, "/ 能耗 Enter Enter")
    #expect(page.contains { $0.contains("目标") && $0.contains("−13% (2025)") })
    #expect(page.contains { $0.contains("目标水平") && $0.contains("0.45 (2025)") })
  }

  @Test func withoutTheBaseYearActualTheChangeItselfIsShown() throws {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .zh, currentYear: 2024))
    let screen = Fixtures.type(engine, "j 4")
    let row = try #require(screen.first { $0.contains("单位增加值能耗") })
    #expect(row.contains("−13% (2025)"), "\(row)")
    let page = Fixtures.type(engine, "/ 能耗 Enter Enter")
    #expect(page.contains { $0.contains("目标水平") && $0.contains("录入2022年实际值后算出") })
  }

  @Test func theActualFormAsksForTheLevelOfARelativeGoal() throws {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .en, currentYear: 2024))
    let screen = Fixtures.type(engine, "j 4 / energy Enter a")
    #expect(screen.contains { $0.contains("Value: the metric's level that year, not the rate") })
    #expect(screen.contains { $0.contains("Tab next field") })
    // The active field is marked, not only by the terminal's cursor.
    #expect(screen.contains { $0.contains("▸Value") })
  }

  @Test func everyUnitCountIsWholeAtEightyColumns() throws {
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .blocked)
    let (engine, _) = Fixtures.engine(
      snapshot: snapshot, options: DashboardOptions(language: .en, currentYear: 2025), width: 80,
      height: 40)
    let screen = Fixtures.type(engine, "j U")
    let counts = screen.filter { $0.contains("overdue") && $0.contains("behind") }
    #expect(!counts.isEmpty)
    for row in counts {
      #expect(!row.contains("…"), "a count cut off: \(row)")
      #expect(row.contains("✖"), "the blocked count is missing: \(row)")
    }
    #expect(counts.contains { $0.contains("✖ blocked 1") || $0.contains("✖ 1") })
  }

  @Test func aRegionKeepsItsBarPastTenPercent() throws {
    // 1 of 3 Hechuan measures done → 33%, at the narrowest layout the column gets.
    var snapshot = ProgressSnapshot()
    snapshot.measures["hechuan.measure.land"] = MeasureProgress(status: .done)
    for width in [80, 100, 160] {
      let (engine, _) = Fixtures.engine(snapshot: snapshot, width: width, height: 24)
      let row = try #require(Fixtures.screen(engine).first { $0.contains("合川区") })
      #expect(row.contains("33%"), "\(width): \(row)")
      #expect(row.contains("█") && row.contains("░"), "no bar at \(width): \(row)")
    }
  }

  @Test func ladderFiguresCarryTheirUnitAndAFilteredTierItsLadder() throws {
    let (engine, _) = Fixtures.engine(width: 120, height: 30)
    let screen = Fixtures.type(engine, "j 3")
    let innovative = try #require(screen.first { $0.contains("创新型中小企业") })
    #expect(innovative.contains("120家") && innovative.contains("300家"), "\(innovative)")
    let filtered = Fixtures.type(engine, "/ 专精 Enter")
    let tier = try #require(filtered.first { $0.contains("专精特新") && $0.contains("40家") })
    #expect(tier.contains("梯度培育"), "the ladder's name is on a filtered tier: \(tier)")
  }

  @Test func aMeasuresHistoryCarriesWhenEachChangeWasMade() throws {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .zh))
    let screen = Fixtures.type(engine, "j 5 Space Enter")
    let history = try #require(screen.firstIndex { $0.contains("记录") })
    let entry = try #require(screen[history...].first { $0.contains("状态 → 已完成") })
    #expect(entry.contains(/\d{4}-\d\d-\d\d \d\d:\d\d/), "\(entry)")
    #expect(!screen.contains { $0.contains("status →") }, "the history is said in Chinese")
    // the same entry in English once `:lang en` is chosen
    let english = Fixtures.type(engine, ": lang Space en Enter")
    #expect(english.contains { $0.contains("status → done") }, "\(english.joined(separator: "\n"))")
  }

  @Test func aYearlyRateTargetShowsTheRateAndNoLevelUnit() throws {
    var hechuan = Fixtures.hechuan
    hechuan.targets.append(
      Target(
        id: "hechuan.target.output-growth", metric: "工业总产值年均增长",
        goal: Goal(
          kind: .annualRate, direction: .up, unit: "%", target: Figure(value: 20, year: 2025)),
        source: SourceRef(section: "二", text: "工业总产值年均增长20%")))
    let catalog = Catalog(plans: [Fixtures.bazhong, hechuan])
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, currentYear: 2024))
    let targets = Fixtures.type(engine, "j T")
    let row = try #require(targets.first { $0.contains("工业总产值年均增长") })
    #expect(row.contains("年均+20%"), "\(row)")
    #expect(!row.contains("年均增长 %"), "the level's unit is not %: \(row)")
    // Its page: down the Targets view from the selected first item to its row.
    let first = try #require(targets.firstIndex { $0.contains("▸") })
    let index = try #require(targets.firstIndex { $0.contains("工业总产值年均增长") })
    let page = Fixtures.type(
      engine, Array(repeating: "j", count: index - first).joined(separator: " ") + " Enter")
    #expect(page.contains { $0.contains("目标") && $0.contains("年均+20% (2025)") })
    #expect(page.contains { $0.contains("填指标各年的水平值") })
    let form = Fixtures.type(engine, "a")
    #expect(form.contains { $0.contains("数值: 填指标当年的水平值，不填增幅") })
  }
}
