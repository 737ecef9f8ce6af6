import PlanModel
import Testing

@testable import Dashboard

/// The assessment in the dashboard: badges in the panes and pages, the Targets view (`T`,
/// worst first), the units view (`U`), the comparison across regions (`C`). As of 2025 (the
/// options' default year), with figures worked by hand:
/// - 营业收入 800 (2022) → 1600 (2027), 810 in 2024: observed (810/800)^(1/2) − 1 = 0.006231,
///   required 2^(1/5) − 1 = 0.148698, R = 0.0419 → 4%, limited progress;
///   序时进度: issued 2023, (2025 − 2023) / (2027 − 2023) = 50% elapsed, 810 / 1600 = 51% done;
/// - “小巨人” (baseline 6 with no year → the earliest actual serves) 6 (2023) → 9 (2025), 12 by
///   2027: observed 1.5^(1/2) − 1 = 0.224745, required 2^(1/4) − 1 = 0.189207, R = 1.1878 → 119%,
///   on track;
/// - 亩均营业收入 420 (2024) ≥ 400 → target achieved.
@Suite struct AssessmentViewTests {
  static var snapshot: ProgressSnapshot {
    var s = ProgressSnapshot()
    s.actuals["hechuan.target.industrial-revenue"] = [
      Actual(itemID: "hechuan.target.industrial-revenue", year: 2024, value: 810)
    ]
    s.actuals["hechuan.ladder.smes.little-giant"] = [
      Actual(itemID: "hechuan.ladder.smes.little-giant", year: 2023, value: 6),
      Actual(itemID: "hechuan.ladder.smes.little-giant", year: 2025, value: 9),
    ]
    s.actuals["hechuan.indicator.revenue-per-mu"] = [
      Actual(itemID: "hechuan.indicator.revenue-per-mu", year: 2024, value: 420)
    ]
    return s
  }

  func index(_ screen: [String], _ text: String) -> Int? {
    screen.firstIndex { $0.contains(text) }
  }

  @Test func targetsViewListsWorstFirstWithBadgesAndRatios() throws {
    let (engine, _) = Fixtures.engine(snapshot: Self.snapshot)
    let screen = Fixtures.type(engine, "j T")
    #expect(screen[1].contains("合川区") && screen[1].contains("目标评估"))
    let revenue = try #require(index(screen, "规模以上工业企业营业收入"))
    let giant = try #require(index(screen, "“小巨人”"))
    let mu = try #require(index(screen, "亩均营业收入"))
    let listed = try #require(index(screen, "上市企业"))
    // limited progress, then on track, then achieved, then not assessable
    #expect(revenue < giant && giant < mu && mu < listed)
    #expect(screen[revenue].contains("- 进展有限"))
    #expect(screen[revenue].contains("4%"))
    #expect(screen[giant].contains("+ 进度正常"))
    #expect(screen[giant].contains("119%"))
    #expect(screen[mu].contains("* 目标已实现"))
    #expect(screen[listed].contains("? 无法评估"))
    // the counts line: each status held to its count by no-break spaces
    let summary = String(
      try #require(screen.first { $0.contains("-\u{00A0}进展有限\u{00A0}1") }).map {
        $0 == "\u{00A0}" ? " " : $0
      })
    #expect(summary.contains("+ 进度正常 1") && summary.contains("* 目标已实现 1"))
  }

  @Test func targetPageShowsTheAssessmentAndTheSchedule() throws {
    let (engine, _) = Fixtures.engine(snapshot: Self.snapshot)
    // the first row of the Targets view is the worst: 营业收入
    let screen = Fixtures.type(engine, "j T Enter")
    #expect(screen[1].contains("规模以上工业企业营业收入"))
    let badge = try #require(screen.first { $0.contains("状态") })
    #expect(badge.contains("- 进展有限"))
    #expect(!screen.contains { $0.contains("limited progress") }, "no English on a Chinese screen")
    #expect(
      screen.contains { $0.contains("R = 4%") && $0.contains("实际 0.6%/年 · 需要 14.9%/年") })
    #expect(screen.contains { $0.contains("2023–2027  时间 50% · 完成 51%") })
  }

  @Test func unitsViewListsLateMeasuresAndMarksThem() throws {
    let (engine, backend) = Fixtures.engine(snapshot: Self.snapshot)
    let screen = Fixtures.type(engine, "j U")
    // units in pinyin order: 区发展改革委 (fa), 区规划自然资源局 (gui), 区经济信息委 (jing),
    // 区商务委 (shang)
    let units = ["区发展改革委", "区规划自然资源局", "区经济信息委", "区商务委"].map { index(screen, $0) }
    #expect(units.allSatisfy { $0 != nil })
    #expect(units.compactMap { $0 } == units.compactMap { $0 }.sorted())
    // auto-chain is due 2024, todo → overdue as of 2025 (led by 区经济信息委);
    // land has no due year → the plan's end 2027: 50% elapsed, 0% done → behind
    let economy = try #require(units[2])
    let rows = Array(screen[economy...])
    #expect(
      rows.contains { $0.contains("逾期") && $0.contains("牵头") && $0.contains("壮大智能网联新能源汽车零部件产业") })
    #expect(rows.contains { $0.contains("滞后") && $0.contains("责任") && $0.contains("盘活低效工业用地") })
    // Space on the first late row (区发展改革委's auto-chain) marks it done in the store
    Fixtures.type(engine, "Space")
    #expect(try backend.snapshot().status(of: "hechuan.measure.auto-chain") == .done)
  }

  @Test func comparisonLinesUpOneIndicatorAcrossRegions() throws {
    var bazhong = Fixtures.bazhong
    bazhong.indicators = [
      Indicator(
        id: "bazhong.indicator.revenue-per-mu", name: "亩均营业收入", category: .land,
        goal: Goal(
          kind: .absolute, direction: .up, unit: "万元/亩", target: Figure(value: 300, year: 2027)),
        source: SourceRef())
    ]
    var snapshot = Self.snapshot
    snapshot.actuals["bazhong.indicator.revenue-per-mu"] = [
      Actual(itemID: "bazhong.indicator.revenue-per-mu", year: 2024, value: 210)
    ]
    let (engine, _) = Fixtures.engine(
      catalog: Catalog(plans: [bazhong, Fixtures.hechuan]), snapshot: snapshot)
    let screen = Fixtures.type(engine, "j 4 C")
    #expect(screen[1].contains("地区对比"))
    let b = try #require(screen.first { $0.contains("巴中市") && $0.contains("210 (2024)") })
    let h = try #require(screen.first { $0.contains("合川区") && $0.contains("420 (2024)") })
    // bars scaled to the largest: 420 fills the bar, 210 half of it
    let filled = { (row: String) in row.filter { $0 == "█" }.count }
    #expect(filled(h) > 0)
    #expect(filled(b) * 2 == filled(h))
    #expect(h.contains("* 目标已实现"))
    // 巴中 has one actual and no baseline: not assessable
    #expect(b.contains("? 无法评估"))
  }

  @Test func comparisonLinesUpClustersOfTheSameIndustry() throws {
    let (engine, _) = Fixtures.engine(
      catalog: SampleDataTests.catalog,
      options: DashboardOptions(language: .zh, currentYear: 2025, regionID: "bazhong"))
    Fixtures.type(engine, "2")
    let row = try #require(
      PaneRows.ids(.clusters, engine.state, engine.data).firstIndex(
        of: "bazhong.cluster.electronic-information"))
    let lines = Fixtures.type(engine, String(repeating: "j ", count: row) + "C")
    #expect(engine.state.stack.count == 1, "C on a cluster opens the comparison")
    for region in ["巴中市", "成都市", "南充市", "通城县"] {
      #expect(lines.contains { $0.contains(region) }, "\(region) missing: \(lines)")
    }
    #expect(!lines.contains { $0.contains("合川区") })
  }

  @Test func panesAndClusterPagesCarryBadgesAndSparklines() throws {
    let (engine, _) = Fixtures.engine(snapshot: Self.snapshot)
    let land = Fixtures.type(engine, "j 4")
    // the panes show the symbol alone (their last column): * achieved, + on track
    #expect(land.contains { $0.contains("亩均营业收入") && $0.contains(" * ") })
    let ladders = Fixtures.type(engine, "3")
    #expect(ladders.contains { $0.contains("“小巨人”") && $0.contains(" + ") })
    // the count reached against the target, beside the badge: 9 (2025) of 12
    #expect(ladders.contains { $0.contains("“小巨人”") && $0.contains(" 9/12 + ") })
    // cluster page: a badge and a sparkline (6 → 810 has one year: one mid-level block)
    let cluster = Fixtures.type(engine, "2 Enter")
    let row = try #require(cluster.first { $0.contains("规模以上工业企业营业收入") })
    #expect(row.contains("- 进展有限"))
    #expect(row.contains("▅"))
  }

  @Test func worstStatusSkipsTheUnassessable() throws {
    let data = DashboardData(catalog: Fixtures.catalog, snapshot: Self.snapshot)
    // revenue: limited progress; 亩均营业收入: achieved; 上市企业: not assessable
    let ids = [
      "hechuan.target.industrial-revenue", "hechuan.indicator.revenue-per-mu",
      "hechuan.target.listed",
    ]
    #expect(AssessmentBadge.worst(ids, data, asOf: 2025) == .limitedProgress)
    #expect(AssessmentBadge.worst(Array(ids.suffix(1)), data, asOf: 2025) == .notAssessable)
    // the Clusters pane's column: auto-parts holds the revenue target → "-"
    let (engine, _) = Fixtures.engine(snapshot: Self.snapshot, width: 200, height: 48)
    let screen = Fixtures.type(engine, "j 2")
    let row = try #require(screen.first { $0.contains("智能网联新能源汽车零部件") && $0.contains("0/") })
    #expect(row.contains(" - "), "\(row)")
  }

  @Test func sparklineScalesBetweenTheLowestAndHighestYear() {
    let actuals = [(2021, 10.0), (2022, 20.0), (2024, 40.0)].map {
      Actual(itemID: "x", year: $0.0, value: $0.1)
    }
    // levels 0…7 over 10…40: 10 → 0, 20 → (10/30)·7 = 2.33 → 2, gap 2023, 40 → 7
    #expect(AssessmentBadge.sparkline(actuals, glyphs: .unicode, width: 8) == "▁▃ █")
    // ASCII: levels 0…6 of ".:-=+*#": 10 → 0, 20 → (10/30)·6 = 2 → "-", 40 → 6
    #expect(AssessmentBadge.sparkline(actuals, glyphs: .ascii, width: 8) == ".- #")
  }

  @Test func helpListsTheNewKeys() {
    let lines = KeyTable.helpLines(.en)
    #expect(
      lines.contains { $0.key == "T" && $0.description == "this region's targets, worst first" })
    #expect(lines.contains { $0.key == "U" })
    #expect(
      lines.contains {
        $0.key == "C" && $0.description == "compare this figure or cluster across regions"
      })
  }

  @Test func cjkWideViewsHoldNoAmbiguousCharacter() {
    for script in ["j T", "j U", "j 4 C", "j 2 Enter", "j T Enter"] {
      let (engine, _) = Fixtures.engine(
        snapshot: Self.snapshot, options: DashboardOptions(language: .zh, cjkWide: true),
        width: 120, height: 40)
      for (y, row) in Fixtures.type(engine, script).enumerated() {
        let bad = row.unicodeScalars.filter(AmbiguousWidth.isAmbiguous)
        #expect(bad.isEmpty, "`\(script)` row \(y): \(bad.map { String($0) }) in \(row)")
      }
    }
  }
}
