import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

/// 合川's Measures pane and Targets view on the sample plans at 80, 120 and 160 columns:
/// spare columns go to titles and units, rows whose metrics share a beginning stay apart,
/// and figures are never cut.
@Suite struct SampleWidthTests {
  static let catalog = SampleDataTests.catalog

  /// The screen with 合川 chosen, after `keys`.
  static func screen(width: Int, _ keys: String) -> [String] {
    let (engine, _) = Fixtures.engine(
      catalog: catalog, options: DashboardOptions(language: .zh, regionID: "hechuan"),
      width: width, height: 40)
    return Fixtures.type(engine, keys)
  }

  @Test(arguments: [80, 120, 160])
  func measuresListEveryUnitThatFitsAndLeaveNoWideGap(width: Int) throws {
    // The measure's row, not its section's heading of the same title (the outline, filtered
    // to the section so that the measure is on screen at every size).
    let screen = Self.screen(width: width, "5 / 新星 Enter")
    let row = try #require(
      screen.first { $0.contains("引进培育“新星”产业集群") && !$0.contains("▾") })
    if width >= 160 {
      // Both 牵头单位 of the measure, not "区招商投资局 +1".
      #expect(row.contains("区招商投资局、区经济信息委"), "\(row)")
    } else {
      #expect(row.contains("区招商投资局等2个"), "\(row)")
    }
    // The units column gets a share of the spare width: no run of more than half the
    // pane's width is blank on a row with a title and a unit.
    let longestGap =
      row.split(separator: "│").map { part in
        part.split(separator: " ", omittingEmptySubsequences: false).reduce(into: (0, 0)) {
          run, word in run = word.isEmpty ? (run.0 + 1, max(run.1, run.0 + 1)) : (0, run.1)
        }.1
      }.max() ?? 0
    #expect(longestGap < width / 2, "\(row)")
    #expect(row.contains("引进培育“新星”产业集群"))
  }

  @Test(arguments: [80, 120, 160])
  func targetsSharingABeginningReadDifferentlyAndFiguresStayWhole(width: Int) {
    let screen = Self.screen(width: width, "T")
    let rows = screen.filter { $0.contains("(2027)") }
    #expect(rows.count >= 10)
    // The names as drawn (between the status and the figures) are all different.
    let names = rows.map { row -> String in
      guard let badge = row.range(of: "无法评估") else { return row }
      let rest = row[badge.upperBound...].drop { $0 == " " }
      return String(rest[..<(rest.range(of: "  ")?.lowerBound ?? rest.endIndex)])
    }
    let shared = rows.filter { $0.contains("规模以上工业企业") || $0.contains("…") }
    #expect(Set(names).count == names.count, "\(rows.joined(separator: "\n"))")
    #expect(!shared.isEmpty)
    // Figures are whole: every target year reads "(2027)" and no figure is cut.
    for row in rows { #expect(!row.contains("(202…") && !row.contains("…(2027)")) }
    #expect(screen.contains { $0.contains("研发投入强度") }, "\(screen.joined(separator: "\n"))")
  }

  @Test func distinctNamesKeepWhatTellsThemApart() {
    let names = ["规模以上工业企业营业收入 亿元", "规模以上工业企业研发投入 亿元", "规模以上工业企业研发投入强度 %", "上市工业企业"]
    let fitted = DistinctNames.fitted(names, width: 16, ellipsis: "…")
    #expect(fitted[0] == "…业营业收入 亿元")
    #expect(fitted[1] == "…业研发投入 亿元")
    #expect(fitted[2] == "…研发投入强度 %")
    #expect(fitted[3] == "上市工业企业")
    // Names that fit are left as they are.
    #expect(DistinctNames.fitted(names, width: 40, ellipsis: "…") == names)
  }

  @Test func unitsListAsManyAsFit() {
    let units = ["区招商投资局", "区经济信息委", "区科技局"]
    #expect(Format.units(units, fitting: 40, open: "—", language: .zh) == "区招商投资局、区经济信息委、区科技局")
    #expect(Format.units(units, fitting: 31, open: "—", language: .zh) == "区招商投资局、区经济信息委等3个")
    #expect(Format.units(units, fitting: 10, open: "—", language: .zh) == "区招商投资局等3个")
    #expect(Format.units(units, fitting: 30, open: "—", language: .en) == "区招商投资局, 区经济信息委 +1")
    #expect(Format.units([], fitting: 30, open: "—", language: .en) == "—")
  }
}
