import Testing

@testable import PlanImport

/// A starting figure of one industry goes only to goals naming it, and a goal of one industry
/// takes no figure of the region's whole.
@Suite("Extraction: starting figures and the industry they name")
struct StartingIndustryTests {
  @Test("a figure naming an industry: only to a goal naming it")
  func figureIndustry() {
    #expect(StartingIndustry.allows("全区工业母机产业链营业收入", for: "工业母机产业链营业收入"))
    #expect(!StartingIndustry.allows("全区工业母机产业链营业收入", for: "规上工业营业收入"))
  }

  @Test("a growth goal naming an industry: no rate of the region's whole")
  func goalIndustry() {
    #expect(!StartingIndustry.allows("规上工业营业收入同比增长", for: "新兴产业营业收入", growth: true))
    #expect(
      !StartingIndustry.allows("规上工业营业收入同比增长", for: "数字经济核心产业营业收入", growth: true))
    #expect(StartingIndustry.allows("新兴产业营业收入同比增长", for: "新兴产业营业收入", growth: true))
    #expect(StartingIndustry.allows("全市规上工业营业收入增长", for: "规上工业营业收入", growth: true))
    // A level: the leading industry's share may be the class's (`首位产业…比重`).
    #expect(StartingIndustry.allows("占全县规上工业总产值比重", for: "首位产业产值占全县规上工业总产值比重"))
    // A long lead before 产业 is more than a name: left alone.
    #expect(
      StartingIndustry.allows("高新技术企业增长", for: "规上工业企业中高新技术企业所在产业数量", growth: true))
  }
}
