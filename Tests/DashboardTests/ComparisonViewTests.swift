import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

/// `C` on 合川's 专精特新“小巨人”企业 tier, on the shipped plans: each region's row names its own
/// item and unit; 通城's 国家级 tier is used, never its 省级 one (30); 南充's tier (no unit)
/// is included by its name; 成都 has no actual, so its plan baseline 288 (2022) is shown and
/// said to be one. 合川 has 5 (2023) and 8 (2025) recorded here, 12 due by 2027: observed
/// 1.6^(1/2) − 1 = 26.5%/yr, required 2.4^(1/4) − 1 = 24.5%/yr, R = 108% → on track.
@Suite struct ComparisonViewTests {
  static let id = "hechuan.ladder.sme-gradient.little-giant"

  func screen(_ language: Language, width: Int) -> [String] {
    var snapshot = ProgressSnapshot()
    snapshot.actuals[Self.id] = [
      Actual(itemID: Self.id, year: 2023, value: 5), Actual(itemID: Self.id, year: 2025, value: 8),
    ]
    let (engine, _) = Fixtures.engine(
      catalog: SampleDataTests.catalog, snapshot: snapshot,
      options: DashboardOptions(language: language, currentYear: 2026, regionID: "hechuan"),
      width: width, height: 24)
    Fixtures.type(engine, "3")
    let row = PaneRows.ids(.ladders, engine.state, engine.data).firstIndex(of: Self.id) ?? -1
    #expect(row >= 0)
    let lines = Fixtures.type(engine, String(repeating: "j ", count: max(0, row)) + "C")
    BufferChecks.expectWellFormed(Fixtures.buffer(engine))
    return lines
  }

  func index(_ lines: [String], _ text: String) throws -> Int {
    // a row of the page (inside the frame), not the breadcrumb
    try #require(
      lines.firstIndex { $0.hasPrefix("│") && $0.contains(text) }, "no row with \(text): \(lines)")
  }

  @Test func eachRowNamesItsItemAndUnitAtLevelAndBaseline() throws {
    let lines = screen(.zh, width: 80)
    #expect(lines.contains { $0.contains("地区") && $0.contains("单位") && $0.contains("最新") })
    let hechuan = try index(lines, "合川区")
    #expect(lines[hechuan].contains(" 家 ") && lines[hechuan].contains("8 (2025)"))
    #expect(lines[hechuan].contains("12 (2027)") && lines[hechuan].contains("+ 进度正常"))
    #expect(lines[hechuan + 1].contains("› 中小企业梯度培育 › 专精特新“小巨人”企业"))
    // 成都: no actual → the plan's baseline, said to be one
    let chengdu = try index(lines, "成都市")
    #expect(lines[chengdu].contains("288 (2022)"))
    #expect(lines[chengdu + 1].contains("优质企业梯度培育 › 专精特新“小巨人”企业（数字为方案基期值"))
    // 通城: its 国家级 tier (10), never the 省级 one (30)
    let tongcheng = try index(lines, "通城县")
    #expect(lines[tongcheng].contains("10 (2025)"))
    #expect(!lines[tongcheng].contains("30 (2025)"))
    #expect(lines[tongcheng + 1].contains("国家级专精特新“小巨人”企业"))
    #expect(!lines.contains { $0.contains("省级") })
    // 南充: its tier has no unit, included by its name
    let nanchong = try index(lines, "南充市")
    #expect(lines[nanchong + 1].contains("壮大各类创新主体 › 专精特新“小巨人”企业"))
  }

  @Test func englishAt80ColumnsUsesTheReportsWords() throws {
    let lines = screen(.en, width: 80)
    #expect(try lines[index(lines, "合川区")].contains("+ on track"))
    #expect(try lines[index(lines, "南充市")].contains("? not assessable"))
    #expect(lines.contains { $0.contains("the figure is the plan's") })
  }
}
