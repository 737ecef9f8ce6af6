import Foundation
import PlandashTestSupport
import Testing

@testable import PlanImport

/// A text printed from a PDF: page furniture removed, broken lines joined back.
@Suite struct WrappedLinesTests {
  /// Lines of one width (35 wide characters), paragraphs indented with two ideographic
  /// spaces, as `pdftotext` prints them.
  static let wrapped = """
    第一章　发展基础
    　　近年来，全县工业经济稳步发展，主导产业不断壮大，园区承载能力持续增
    强。2025年，全县规上工业增加值达到86亿元，规上工业企业达到212家，其中
    高新技术企业58家。
    　　同时也要看到，产业结构偏重、创新能力不强的问题仍然存在，要素保障压
    力加大。
    第二章　发展目标
    　　到2030年，全县规上工业增加值突破150亿元，年均增长10%以上；规上工业
    企业达到300家；亩均税收达到25万元，亩均营业收入达到600万元。
    1．建设标准厂房50万平方米，盘活低效用地2000亩，新增工业用地全部按“标
    准地”出让。
    """

  static func read(_ text: String) throws -> [String] {
    try PlainTextReader.read(Array(text.utf8), path: "县规划.txt").paragraphs
  }

  @Test func brokenLinesAreJoinedIntoTheirParagraphs() throws {
    #expect(
      try Self.read(Self.wrapped) == [
        "第一章　发展基础",
        "近年来，全县工业经济稳步发展，主导产业不断壮大，园区承载能力持续增强。2025年，全县规上工业增加值达到86亿元，规上工业企业达到212家，其中高新技术企业58家。",
        "同时也要看到，产业结构偏重、创新能力不强的问题仍然存在，要素保障压力加大。",
        "第二章　发展目标",
        "到2030年，全县规上工业增加值突破150亿元，年均增长10%以上；规上工业企业达到300家；亩均税收达到25万元，亩均营业收入达到600万元。",
        "1．建设标准厂房50万平方米，盘活低效用地2000亩，新增工业用地全部按“标准地”出让。",
      ])
  }

  @Test func aTextOfOneParagraphToALineIsLeftAsItIs() throws {
    for seed in [
      "000_6f7220a37ce18d22.txt", "002_ab94c550cb50952a.txt", "004_62e55a2a8795e7cb.txt",
    ] {
      let lines = ImportFixtures.seedParagraphs(seed)
      #expect(lines.count > 20, "\(seed)")
      #expect(WrappedLines.margin(of: lines) == nil)
      #expect(WrappedLines.joined(PlainTextPages(lines)) == lines)
    }
  }

  @Test func shortLinesWithoutAMarginAreNotJoined() throws {
    let text = "一、总体要求\n到2027年，规上工业增加值达到100亿元\n新增规上企业50家\n"
    #expect(try Self.read(text) == ["一、总体要求", "到2027年，规上工业增加值达到100亿元", "新增规上企业50家"])
  }

  @Test func pageNumbersAndRunningHeadsGoAndASentenceGoesOnAcrossThePage() throws {
    let text = """
      某县工业发展规划
      　　到2030年，全县规上工业增加值突破150亿元，两个工业集中区营业收入分别

                      — 4 —
      \u{0C}某县工业发展规划

      达到180亿元、150亿元。
      第三章　重点任务

                      — 5 —
      \u{0C}某县工业发展规划
      　　实施园区循环化改造。
      """
    #expect(
      try Self.read(text) == [
        "某县工业发展规划",
        "到2030年，全县规上工业增加值突破150亿元，两个工业集中区营业收入分别达到180亿元、150亿元。",
        "第三章　重点任务",
        "实施园区循环化改造。",
      ])
  }

  @Test func aBareNumberIsAPageNumberOnlyWhereFormFeedsMarkPages() {
    #expect(PlainTextPages.isPageNumber("  — 12 —", formFeeds: false))
    #expect(PlainTextPages.isPageNumber("第3页", formFeeds: false))
    #expect(!PlainTextPages.isPageNumber("12", formFeeds: false))
    #expect(PlainTextPages.isPageNumber("12", formFeeds: true))
    #expect(!PlainTextPages.isPageNumber("2025年", formFeeds: true))
    let pages = PlainTextPages(["甲", "\u{0C}3", "乙"])
    #expect(pages.lines == ["甲", "乙"])
    #expect(pages.breakBefore == [false, true])
  }

  @Test func aTableLaidOutInColumnsIsNotJoined() throws {
    let table = """
      指标                        单位      2025年    2030年    属性
      规上工业增加值              亿元      86        150       预期性
      亩均税收                    万元/亩   18        25        预期性
      """
    let document = try PlainTextReader.read(
      Array((Self.wrapped + "\n" + table).utf8), path: "t.txt")
    #expect(document.paragraphs.last?.hasPrefix("1．建设标准厂房") == true)
    #expect(document.blocks.contains { if case .table = $0 { true } else { false } })
  }

  @Test func aHeadingOrListItemAfterAFullLineStartsAParagraph() {
    for line in ["第二节　发展目标", "二、重点任务", "（三）强化保障", "3．建设园区", "专栏1　重点工程", "表2　指标", "注：[ ]内为累计数"] {
      #expect(WrappedLines.startsParagraph(line, indents: false), "\(line)")
    }
    #expect(!WrappedLines.startsParagraph("2025年，全县规上工业增加值", indents: false))
    #expect(!WrappedLines.startsParagraph("3.5万元", indents: false))
    #expect(WrappedLines.startsParagraph("\u{3000}\u{3000}同时", indents: true))
    #expect(!WrappedLines.startsParagraph("\u{3000}\u{3000}同时", indents: false))
  }

  @Test func withoutIndentsALineEndingASentenceAtTheMarginEndsItsParagraph() throws {
    // Not indented: where a full line ends with 。 the paragraph ends; else it goes on.
    let lines = [
      "近年来，全县工业经济稳步发展，主导产业不断壮大，园区承载能力持续增强。",
      "2025年，全县规上工业增加值达到86亿元，规上工业企业达到212家，其中高新",
      "技术企业58家。",
    ]
    let text = (lines + Array(repeating: "同时也要看到，产业结构偏重、创新能力不强的问题仍然存在，要素保障压力", count: 4))
      .joined(separator: "\n")
    let paragraphs = try Self.read(text)
    #expect(paragraphs.first == lines[0])
    #expect(paragraphs.dropFirst().first == lines[1] + lines[2])
  }

  @Test func aSignaturesDateAndABracketedNoteStandAlone() {
    #expect(WrappedLines.standsAlone("                    2026年4月20日"))
    #expect(WrappedLines.standsAlone("（此件公开发布）"))
    #expect(!WrappedLines.standsAlone("（一）加快产业集聚（牵头单位：县工信局）"))
    #expect(!WrappedLines.standsAlone("2026年4月20日前完成"))
  }
}
