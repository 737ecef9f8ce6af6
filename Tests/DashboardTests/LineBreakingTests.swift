import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

/// Chinese line breaking (禁则) in wrapped text: figures stay whole, closing punctuation never
/// starts a line, opening punctuation never ends one.
@Suite struct LineBreakingTests {
  private func wrap(_ text: String, _ width: Int) -> [String] {
    TextLayout.wrap(TextSanitizer.glyphs(text), width: width).map(\.text)
  }

  @Test func aFigureMovesWholeToTheNextLine() {
    // At the exact column this was 到20 | 27年.
    #expect(wrap("到2027年", 4) == ["到", "2027", "年"])
    #expect(wrap("保持在30.5%以上", 10) == ["保持在", "30.5%以上"])
    #expect(wrap("形成100亿级集群", 8) == ["形成100", "亿级集群"])
    #expect(wrap("力争形成100亿级", 10) == ["力争形成", "100亿级"])
  }

  @Test func aFigureLongerThanTheLineStillBreaks() {
    #expect(wrap("约123456789元", 4) == ["约", "1234", "5678", "9元"])
  }

  @Test func closingPunctuationNeverStartsALine() {
    #expect(wrap("产业集群。加快", 8) == ["产业集", "群。加快"])
    #expect(wrap("区科技局、区商务委", 8) == ["区科技", "局、区商", "务委"])
    #expect(wrap("到2027年,力争", 8) == ["到2027", "年,力争"])
    #expect(wrap("管委会等)", 8) == ["管委会", "等)"])
  }

  @Test func openingPunctuationNeverEndsALine() {
    #expect(wrap("发布《行动方案》实施", 6) == ["发布", "《行动", "方案》", "实施"])
    #expect(wrap("等(牵头", 3) == ["等", "(牵", "头"])
  }

  @Test func aNoBreakSpaceHoldsAStatusToItsCount() {
    // "~ accelerate 4" with no-break spaces moves whole to the next line.
    let item = "~\u{00A0}accelerate\u{00A0}4"
    #expect(wrap("- limited 3 · " + item, 16) == ["- limited 3 ·", item])
  }

  @Test func spacesStillBreakLatinText() {
    #expect(wrap("hello world foo", 7) == ["hello", "world", "foo"])
    #expect(wrap("hello world", 11) == ["hello world"])
  }

  /// The motorcycle measure of Hechuan (the audit's example) on an 80×24 screen.
  @Test func hechuanMeasurePageKeepsFiguresAndPunctuationInPlace() {
    let (engine, _) = Fixtures.engine(
      catalog: SampleDataTests.catalog, options: DashboardOptions(language: .en), width: 80,
      height: 24)
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("region 合川区")))
    Fixtures.type(engine, "Enter 5")
    // The pane is the plan's outline: find the motorcycle measure's row among the headings.
    let ids = PaneRows.ids(.measures, engine.state, engine.data)
    let row = ids.firstIndex { engine.data.catalog.measure($0)?.title == "摩托车" }
    let screen = Fixtures.type(
      engine, "g" + String(repeating: " j", count: row ?? 0) + " Enter")
    #expect(screen.contains { $0.contains("摩托车") })
    #expect(screen.contains { $0.contains("2027年") })
    #expect(screen.contains { $0.contains("100亿级") })
    let text = WrappedTextTests.pageText(screen, heading: "Text", next: "History")
    #expect(text.contains("到2027年,力争形成100亿级摩托车产业集群。"))
    for row in screen where row.hasPrefix("│") {
      let inner = row.dropFirst().drop { $0 == " " }
      guard let first = inner.first else { continue }
      #expect(!LineBreakRules.closing.contains(String(first)), "\(row)")
    }
  }
}
