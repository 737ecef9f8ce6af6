import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

/// A pane's fixed columns no wider than their header and the cells on screen, the rest going
/// to the flexible columns (names).
@Suite struct ContentWidthsTests {
  let columns = [
    TableColumn(header: Localized(zh: "集群", en: "Clusters"), minWidth: 8, flex: 3, maxWidth: 28),
    TableColumn(header: Localized(zh: "规模", en: "Scale"), minWidth: 11, maxWidth: 18),
    TableColumn(header: Localized(zh: "进度", en: "Done"), minWidth: 4, maxWidth: 12),
  ]

  @Test func aFixedTextColumnShrinksToItsWidestCellOrHeader() {
    let rows: [[TableCell]] = [
      [.text("食品饮料产业"), .text("—"), .bar(0.5)],
      [.text("生物医药产业"), .text("—"), .bar(nil)],
    ]
    let fitted = ContentWidths.fitted(columns, rows: rows, language: .zh)
    // `规模` is four cells wide: the scale column needs no more than its declared minimum,
    // which stands (what a narrow pane drops does not depend on the rows on screen).
    #expect(fitted[1].minWidth == 11)
    #expect(fitted[1].maxWidth == 11)
    // The flexible names show what they hold first (`食品饮料产业`, 12 cells), then fill up to
    // their declared maximum; a column of bars keeps its widths.
    #expect(fitted[0].maxWidth == 12 && fitted[0].minWidth == 8)
    #expect(fitted[0].declaredMaxWidth == 28)
    #expect(fitted[2].maxWidth == 12 && fitted[2].minWidth == 4)
    // A wider cell widens it again, never past its maximum.
    let wide = ContentWidths.fitted(
      columns, rows: rows + [[.text("x"), .text("力争 10000 (2027) 以上"), .bar(1)]], language: .zh)
    #expect(wide[1].maxWidth == 18 && wide[1].minWidth == 11)
    // No rows: the columns as declared.
    #expect(ContentWidths.fitted(columns, rows: [], language: .en)[1].maxWidth == 18)
  }

  @Test func aRegionWhoseClustersHaveNoScaleShowsTheirNamesWhole() throws {
    let (engine, _) = Fixtures.engine(
      catalog: SampleDataTests.catalog,
      options: DashboardOptions(language: .en, regionID: "bazhong"), width: 80, height: 24)
    let screen = Fixtures.type(engine, "2")
    // The longest sub-cluster names on the first screen, whole (no `…`).
    #expect(screen.contains { $0.contains("天然气化工和油气化工产业") }, "\(screen.joined(separator: "\n"))")
    #expect(screen.contains { $0.contains("生物医药健康产业集群") })
  }
}

/// The order spare width goes in: figures whole, then headers, then names, then maxima.
@Suite struct ColumnGrowthOrderTests {
  @Test func flexibleColumnsShowWhatTheyHoldThenFill() {
    var names = TableColumn(
      header: Localized(zh: "集群", en: "Clusters"), minWidth: 8, flex: 3, maxWidth: 28)
    var units = TableColumn(
      header: Localized(zh: "牵头单位", en: "Lead"), minWidth: 8, flex: 2)
    names.maxWidth = 24
    names.fillWidth = 28
    units.maxWidth = 8
    units.fillWidth = Int.max
    // 8 + 8 + a gap = 17: the names take what they hold (24) before the units' `—` grow.
    #expect(ColumnWidths.fit([names, units], available: 33).widths == [24, 8])
    // Past that the pane is filled, not left blank on the right.
    #expect(ColumnWidths.fit([names, units], available: 43).widths.reduce(0, +) == 42)
  }

  @Test func figuresThenHeadersThenNames() {
    var name = TableColumn(header: Localized(zh: "梯度", en: "Ladder"), minWidth: 6, maxWidth: 12)
    name.contentWidth = 12
    name.preferredWidth = 6
    var figure = TableColumn(
      header: Localized(zh: "基期", en: "Baseline"), minWidth: 5, maxWidth: 8, align: .right)
    figure.contentWidth = 6
    figure.preferredWidth = 8
    // 6 + 5 + a gap = 12; three spare cells: the figure whole first (+1), then its header (+2).
    let tight = ColumnWidths.fit([name, figure], available: 15)
    #expect(tight.widths == [6, 8])
    // One spare cell: the figure, not the name.
    #expect(ColumnWidths.fit([name, figure], available: 13).widths == [6, 6])
    // Room for all: the name whole too.
    #expect(ColumnWidths.fit([name, figure], available: 21).widths == [12, 8])
  }
}
