import PlanModel
import Testing

@testable import Dashboard

/// A heading's page (its full title, the headings above it, its roll-up and everything under
/// it), the measure page's line naming its heading, and the breadcrumbs 章 › 节 › 措施.
@Suite struct HeadingPageTests {
  typealias F = OutlineFixtures

  static func page(_ engine: DashboardEngine) throws -> DetailPage {
    let top = try #require(engine.state.stack.last)
    return engine.data.page(top, in: engine.state)
  }

  static func text(_ page: DetailPage) -> [String] {
    page.rows.map { row in
      row.cells.map { cell in
        if case .text(let text, _, _, _) = cell { return text }
        return "[bar]"
      }.joined(separator: " ")
    }
  }

  @Test func aChaptersPageShowsItsTitleRollUpSectionsAndMeasures() throws {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "j j j l")
    let page = try Self.page(engine)
    #expect(page.title == "三、深入实施制造业高质量发展专项行动")
    let lines = Self.text(page)
    let dump = lines.joined(separator: "\n")
    #expect(lines.contains { $0.contains("章节") && $0.contains("三、深入实施制造业高质量发展专项行动") }, "\(dump)")
    #expect(!lines.contains { $0.contains("所在章节") })
    #expect(lines.contains { $0.contains("措施") && $0.contains("0/4 [bar]") }, "\(dump)")
    #expect(lines.contains { $0.contains("逾期措施") && $0.contains("2") })
    #expect(lines.contains { $0.contains("最差评估") && $0.contains("? 无法评估") })
    // Its sections, each with its measures done, then everything under it.
    #expect(lines.contains { $0.contains("(一)实施科技创新产业创新贯通行动") && $0.contains("0/2") }, "\(dump)")
    for text in [
      "下设章节", "亩均营业收入", "梯度培育 › 创新型中小企业", "智能网联新能源汽车零部件", "生物医药", "统筹推进专项行动",
      "壮大智能网联新能源汽车零部件产业", "引育科技人才", "盘活低效工业用地",
    ] {
      #expect(lines.contains { $0.contains(text) }, "\(text)\n\(dump)")
    }
    // Not what stands under another chapter, nor a measure before the first heading.
    #expect(!lines.contains { $0.contains("规模以上工业企业营业收入") || $0.contains("转义序列") })
  }

  @Test func aSectionsPageOpensFromItsChaptersPageAndNamesTheChapter() throws {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "j j j l Enter")
    let page = try Self.page(engine)
    #expect(page.title == "(一)实施科技创新产业创新贯通行动")
    let lines = Self.text(page)
    #expect(lines.contains { $0.contains("所在章节") && $0.contains("三、深入实施制造业高质量发展专项行动") })
    let crumb = HeaderView.breadcrumb(ViewContext(state: engine.state, data: engine.data))
    #expect(crumb == "合川区 › 措施 › 三、深入实施制造业高质量发展专项行动 › (一)实施科技创新产业创新贯通行动")
  }

  @Test func aChapterWithTargetsListsThemWithTheirStatus() throws {
    let (engine, _) = F.engine(language: .en)
    Fixtures.type(engine, "j j Enter")
    let page = try Self.page(engine)
    let lines = Self.text(page)
    #expect(page.title == "二、总体要求")
    #expect(lines.contains { $0 == "Targets" })
    #expect(lines.contains { $0.contains("规模以上工业企业营业收入") && $0.contains("?") })
    #expect(lines.contains { $0.contains("Measures") && $0.contains("0/0") })
    #expect(lines.contains { $0.contains("Worst status") && $0.contains("? not assessable") })
  }

  @Test func measurePagesReadChapterSectionMeasureInTheBreadcrumb() throws {
    let (engine, _) = F.engine(width: 160, height: 48)
    Fixtures.type(engine, "j j j j j j Right")
    #expect(engine.state.stack.last?.route == .measure("hechuan.measure.auto-chain"))
    var crumb = HeaderView.breadcrumb(ViewContext(state: engine.state, data: engine.data))
    #expect(
      crumb == "合川区 › 措施 › 三、深入实施制造业高质量发展专项行动 › (一)实施科技创新产业创新贯通行动 › 壮大智能网联新能源汽车零部件产业")
    let screen = Fixtures.screen(engine)
    #expect(screen[1].contains(crumb))
    // Narrow, the headings go by their numbers so the measure stays readable.
    let (narrow, _) = F.engine(width: 80, height: 24)
    let lines = Fixtures.type(narrow, "j j j j j j Right")
    #expect(lines[1].contains("合川区 › 措施 › 三、 › (一) › 壮大智能网联新能源汽车零部件产业"), "\(lines[1])")
    // Its page names its heading on a line that opens the heading's page.
    let page = try Self.page(engine)
    let index = try #require(page.rows.firstIndex { $0.route == .heading(F.headingID("三(一)")) })
    #expect(Self.text(page)[index].contains("所在章节"))
    let selectable = try #require(page.selectable.firstIndex(of: index))
    for _ in 0..<selectable { Fixtures.type(engine, "j") }
    Fixtures.type(engine, "Enter")
    #expect(engine.state.stack.last?.route == .heading(F.headingID("三(一)")))
    crumb = HeaderView.breadcrumb(ViewContext(state: engine.state, data: engine.data))
    #expect(crumb.hasSuffix("壮大智能网联新能源汽车零部件产业 › 三、深入实施制造业高质量发展专项行动 › (一)实施科技创新产业创新贯通行动"))
  }

  @Test func aMeasureOpenedFromItsHeadingsPageDoesNotNameTheHeadingsTwice() {
    let (engine, _) = F.engine()
    Fixtures.type(engine, "j j j j j l")
    #expect(engine.state.stack.last?.route == .heading(F.headingID("三(一)")))
    // Down to the first measure of the page and open it.
    while let top = engine.state.stack.last, top.route == .heading(F.headingID("三(一)")) {
      let page = engine.data.page(top, in: engine.state)
      let row = page.rows[page.selectable[top.selection]]
      if case .measure = row.route {
        Fixtures.type(engine, "Enter")
        break
      }
      Fixtures.type(engine, "j")
    }
    #expect(engine.state.stack.count == 2)
    let crumb = HeaderView.breadcrumb(ViewContext(state: engine.state, data: engine.data))
    #expect(crumb == "合川区 › 措施 › 三、深入实施制造业高质量发展专项行动 › (一)实施科技创新产业创新贯通行动 › 壮大智能网联新能源汽车零部件产业")
  }

  /// 成都's 一、发展基础 holds no measures but the figures the plan starts from: its page lists
  /// them (number, unit, year; a rank with the group it is a rank in).
  @Test func aBackgroundChaptersPageListsItsStartingFigures() throws {
    let (engine, _) = Fixtures.engine(
      catalog: SampleDataTests.catalog, options: DashboardOptions(language: .zh), width: 160,
      height: 48)
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("region chengdu")))
    Fixtures.type(engine, "Enter 5 g l")
    let page = try Self.page(engine)
    #expect(page.title == "一、发展基础")
    let lines = Self.text(page)
    let dump = lines.joined(separator: "\n")
    #expect(lines.contains { $0.contains("起点数据") }, "\(dump)")
    let plan = try #require(SampleDataTests.catalog.plan(forRegion: "chengdu"))
    let under = plan.baselineIndicators.filter { $0.source.heading?.hasPrefix("一") == true }
    #expect(under.count >= 40)
    for figure in under {
      let number = try #require(Format.figureNumber(figure.baseline))
      #expect(
        lines.contains { $0.contains(figure.name) && $0.contains(number + (figure.unit ?? "")) },
        "\(figure.id)\n\(dump)")
    }
  }
}
