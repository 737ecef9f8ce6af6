import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

/// `o` sorts text columns as a Chinese reader expects: section numbers by numeral value,
/// names by pinyin (`PlanTextCollation`), checked on the drawn screen.
@Suite struct SortOrderTests {
  /// The first cell of each table row of the focused pane in a one-pane layout (the text
  /// after `│` and the selection mark, up to the first space), down to the first empty row.
  static func firstColumn(_ screen: [String]) -> [String] {
    guard let header = screen.firstIndex(where: { $0.contains("↓") }) else { return [] }
    var cells: [String] = []
    for row in screen[(header + 1)...] {
      guard row.hasPrefix("│") else { break }
      let inner = row.dropFirst().drop { $0 == "▸" || $0 == ">" }
      guard let cell = inner.split(separator: " ").first, !cell.hasPrefix("│") else { break }
      cells.append(String(cell))
    }
    return cells
  }

  @Test func hechuanMeasuresBySectionOnScreen() {
    let catalog = SampleDataTests.catalog
    let (engine, _) = Fixtures.engine(catalog: catalog, width: 80, height: 46)
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("region 合川区")))
    let screen = Fixtures.type(engine, "Enter 5 o")
    #expect(engine.state.regionID == "hechuan")
    #expect(engine.state[pane: .measures].sortColumn == 0)
    let expected =
      ["三(一)", "三(一)", "三(二)", "三(二)", "三(二)", "三(二)", "三(三)", "三(三)", "三(三)", "三(三)", "三(四)"]
      + ["四(一)", "四(一)", "四(二)", "四(二)", "四(二)", "四(三)", "四(三)", "四(三)", "四(三)"]
      + ["四(四)", "四(四)", "四(四)", "四(五)", "四(五)", "四(五)", "四(六)", "四(六)", "四(七)", "四(七)"]
      + ["四(八)", "四(八)", "四(八)", "四(八)", "五(一)", "五(二)", "五(三)", "五(四)", "五(五)", "五(六)"]
    #expect(Self.firstColumn(screen) == expected)
  }

  /// Sections given out of order, one measure numbered only by its position, one by nothing.
  @Test func shuffledSectionsSortByValueAndUnnumberedLast() {
    func measure(_ id: String, _ section: String?, position: String? = nil) -> Measure {
      Measure(
        id: "hechuan.measure.\(id)", section: section, position: position, title: "措施\(id)",
        text: "正文", source: SourceRef())
    }
    var plan = Fixtures.hechuan
    plan.measures = [
      measure("a", "五(一)"), measure("b", nil), measure("c", "三(十一)"), measure("d", "四"),
      measure("e", "三(十)"), measure("f", nil, position: "三(一) ¶2"), measure("g", "三(二)"),
    ]
    let catalog = Catalog(plans: [Fixtures.bazhong, plan])
    let (engine, _) = Fixtures.engine(catalog: catalog, width: 80, height: 24)
    let screen = Fixtures.type(engine, "j 5 o")
    #expect(Self.firstColumn(screen) == ["三(一)", "三(二)", "三(十)", "三(十一)", "四", "五(一)", "—"])
    #expect(
      PaneRows.ids(.measures, engine.state, engine.data).map { $0.split(separator: ".").last! } == [
        "f", "g", "e", "c", "d", "a", "b",
      ])
  }

  @Test func regionsByNameInPinyinOrder() {
    let (engine, _) = Fixtures.engine(catalog: SampleDataTests.catalog, width: 80, height: 24)
    let screen = Fixtures.type(engine, "1 o")
    #expect(engine.state[pane: .regions].sortColumn == 0)
    // Code points would give 南充市, 合川区, 巴中市, 成都市, 通城县.
    #expect(Self.firstColumn(screen) == ["巴中市", "成都市", "合川区", "南充市", "通城县"])
  }
}
