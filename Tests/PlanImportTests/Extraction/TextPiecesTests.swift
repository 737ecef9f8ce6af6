import Testing

@testable import PlanImport

@Suite("Extraction: sentences, numbers, units and years")
struct TextPiecesTests {
  @Test("sentences end at 。 and ;, never inside a bracket or quote")
  func sentences() {
    let text = "甲县推进产业升级。到2030年,产值达到80亿元;税收增长(牵头单位:县发改局;责任单位:县财政局)。“一区;两园”建成!"
    let pieces = SentenceSegmenter.sentences(of: text).map(String.init)
    #expect(pieces == ["甲县推进产业升级。", "到2030年,产值达到80亿元", "税收增长(牵头单位:县发改局;责任单位:县财政局)。", "“一区;两园”建成!"])
  }

  @Test("clauses cut at commas but not inside 1,600")
  func clauses() {
    let clauses = SentenceSegmenter.clauses(of: "到2030年,营业收入达到1,600亿元,利润增长10%。"[...]).map(
      String.init)
    #expect(clauses == ["到2030年", "营业收入达到1,600亿元", "利润增长10%"])
  }

  @Test("numbers with known units, ranges, scale classes; unknown units kept aside")
  func figures() {
    let figures = NumberUnitParser.figures(in: "产值1,600亿元、占比24.3%,新增2—3户,打造50亿级集群,达到12万台"[...])
    #expect(figures.map(\.value) == [1600, 24.3, nil, 50, 12])
    #expect(figures.map(\.unit) == ["亿元", "%", "户", "亿元", nil])
    #expect(figures[2].min == 2 && figures[2].max == 3)
    #expect(figures[3].isScale)
    #expect(figures[4].unknownUnit == "万台")
  }

  @Test("full-width percent and per-land units")
  func units() {
    let figures = NumberUnitParser.figures(in: "比重达到30%,产出提高至60亿元/平方公里"[...])
    #expect(figures.map(\.unit) == ["%", "亿元/平方公里"])
  }

  @Test("years: due, base, plain and a span; a year is never a figure")
  func years() {
    let clause = "到2028年较2024年增长20%,2023年基数(2024—2028年)"[...]
    let years = NumberUnitParser.years(in: clause)
    #expect(years.map(\.year) == [2028, 2024, 2023, 2024, 2028])
    #expect(years.map(\.role) == [.due, .base, .plain, .span, .span])
    #expect(NumberUnitParser.figures(in: clause).map(\.value) == [20])
  }

  @Test("Chinese numerals")
  func chineseNumbers() {
    #expect(ChineseNumber.value("十二") == 12)
    #expect(ChineseNumber.value("二十") == 20)
    #expect(ChineseNumber.value("三") == 3)
    #expect(ChineseNumber.value("甲") == nil)
  }
}
