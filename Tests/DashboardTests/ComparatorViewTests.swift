import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

/// A comparator indicator on the shipped plan of 合川区: 二氧化碳排放下降幅度, to be above
/// 全社会下降幅度 by 2027. Figures by hand, as of 2026:
/// own 2.5, 2.9, 3.0 (2023–2025) against 2.8, 3.1, 3.1: gaps −0.3, −0.2, −0.1, narrowing and
/// still below → acceleration needed; the target is the comparator's 2025 figure, 3.1, to be
/// beaten by 2027; schedule 2023–2027, (2026 − 2023) / 4 = 75% elapsed, not overdue.
@Suite struct ComparatorViewTests {
  static let id = "hechuan.indicator.co2-reduction"

  static var snapshot: ProgressSnapshot {
    var s = ProgressSnapshot()
    s.actuals[id] = [(2023, 2.5), (2024, 2.9), (2025, 3.0)].map {
      Actual(itemID: id, year: $0.0, value: $0.1)
    }
    let other = ComparatorSeries.id(of: id)
    s.actuals[other] = [(2023, 2.8), (2024, 3.1), (2025, 3.1)].map {
      Actual(itemID: other, year: $0.0, value: $0.1)
    }
    return s
  }

  func engine(_ language: Language) -> DashboardEngine {
    Fixtures.engine(
      catalog: SampleDataTests.catalog, snapshot: Self.snapshot,
      options: DashboardOptions(language: language, currentYear: 2026, regionID: "hechuan"),
      width: 80, height: 40
    ).0
  }

  func row(_ screen: [String], _ text: String) throws -> String {
    try #require(screen.first { $0.contains(text) }, "no row with \(text)")
  }

  @Test func pageShowsTheTargetTheGapAndBothSeries() throws {
    let screen = Fixtures.type(engine(.en), "4 Down Enter")
    #expect(screen[1].contains("二氧化碳排放下降幅度"))
    #expect(try row(screen, "Target").contains(">3.1 (2027)"))
    #expect(try row(screen, "Compared with").contains("全社会下降幅度"))
    #expect(try row(screen, "Status").contains("~ acceleration needed"))
    #expect(try row(screen, "Gap ").contains("2025: −0.1 (2023: −0.3, narrowed)"))
    let schedule = try row(screen, "Schedule")
    #expect(schedule.contains("2023–2027  elapsed 75%"))
    #expect(!schedule.contains("overdue"))
    // the two series side by side, with the gap each year
    let header = try #require(screen.firstIndex { $0.contains("Own") && $0.contains("全社会下降幅度") })
    let years = screen[(header + 1)...(header + 3)].map {
      $0.split(separator: " ").filter { $0 != "│" }.map(String.init)
    }
    #expect(years[0] == ["2023", "2.5", "2.8", "−0.3"])
    #expect(years[1] == ["2024", "2.9", "3.1", "−0.2"])
    #expect(years[2] == ["2025", "3", "3.1", "−0.1"])
  }

  @Test func aGapIsSignedAsTheAssessmentSignsIt() {
    // 不高于全省平均水平 (keep, at or below): own 5 against 6 is 1 ahead, as the assessment
    // (Goal.desiredSign) has it — not 1 behind, as a sign read from `direction` alone would.
    let goal = Goal(
      kind: .comparator, direction: .keep, qualifiers: ["不高于"], comparator: "全省平均水平")
    var snapshot = ProgressSnapshot()
    snapshot.actuals["x"] = [Actual(itemID: "x", year: 2024, value: 5)]
    snapshot.actuals[ComparatorSeries.id(of: "x")] = [
      Actual(itemID: ComparatorSeries.id(of: "x"), year: 2024, value: 6)
    ]
    let data = DashboardData(catalog: Catalog(plans: []), snapshot: snapshot)
    let years = PageBuilder.comparatorYears("x", goal: goal, data, asOf: 2025)
    #expect(years.map(\.gap) == [1])
    #expect(goal.desiredSign == -1)
  }

  @Test func paneTargetsViewAndPageShowTheSameTarget() throws {
    let e = engine(.zh)
    let pane = try row(Fixtures.type(e, "4"), "二氧化碳排放下降")
    #expect(pane.contains(">3.1 (2027)"))
    let targets = try row(Fixtures.type(e, "T"), "二氧化碳排放下降幅度")
    #expect(targets.contains(">3.1 (2027)"))
    #expect(targets.contains("需加快"))
    Fixtures.type(e, "Escape")
    let page = Fixtures.type(e, "4 Down Enter")
    #expect(try row(page, "目标").contains(">3.1 (2027)"))
    #expect(try row(page, "序时进度").contains("2023–2027"))
  }

  @Test func withoutTheComparatorSeriesTheTargetIsOpen() throws {
    var s = Self.snapshot
    s.actuals[ComparatorSeries.id(of: Self.id)] = nil
    let (e, _) = Fixtures.engine(
      catalog: SampleDataTests.catalog, snapshot: s,
      options: DashboardOptions(language: .en, currentYear: 2026, regionID: "hechuan"),
      width: 80, height: 40)
    #expect(try row(Fixtures.type(e, "4"), "二氧化碳排放下降").contains(">— (2027)"))
    let page = Fixtures.type(e, "4 Down Enter")
    #expect(try row(page, "Gap ").contains("—"))
    #expect(try row(page, "Schedule").contains("2023–2027"))
  }
}
