import Testing

@testable import Dashboard

@Suite struct ColumnWidthTests {
  let columns = [
    TableColumn(
      header: Localized(zh: "条目", en: "Section"), minWidth: 5, maxWidth: 10, dropOrder: 2),
    TableColumn(header: Localized(zh: "措施", en: "Measure"), minWidth: 10, flex: 4),
    TableColumn(header: Localized(zh: "牵头单位", en: "Lead"), minWidth: 8, maxWidth: 18, dropOrder: 3),
    TableColumn(header: Localized(zh: "状态", en: "Status"), minWidth: 8, maxWidth: 16, dropOrder: 1),
  ]

  @Test func widthsNeverExceedTheRoomAndDropInOrder() {
    for available in 0...200 {
      let (shown, widths) = ColumnWidths.fit(columns, available: available)
      #expect(shown.contains(1), "the title never drops")
      let used = widths.reduce(0, +) + max(0, shown.count - 1)
      if available >= 10 { #expect(used <= available, "\(available)") }
      for (n, c) in shown.enumerated() {
        #expect(widths[n] >= 1)
        if let max = columns[c].maxWidth { #expect(widths[n] <= max) }
      }
      // Lead units (dropOrder 3) go before the section (2), which goes before status (1).
      if !shown.contains(3) { #expect(!shown.contains(2) && !shown.contains(0)) }
      if !shown.contains(0) { #expect(!shown.contains(2)) }
    }
  }

  @Test func aNarrowPaneGivesTheTitleRoomBeforeFixedColumnsGrow() {
    let (_, widths) = ColumnWidths.fit(columns, available: 42)
    #expect(widths == [5, 18, 8, 8])
    let (_, wide) = ColumnWidths.fit(columns, available: 120)
    #expect(wide[0] == 10 && wide[2] == 18 && wide[3] == 16)
    #expect(wide[1] == 120 - 3 - 10 - 18 - 16)
  }
}
