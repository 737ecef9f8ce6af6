import PlanModel
import Testing

@testable import PlanImport

/// Where a sentence's due year holds — invented passages.
@Suite("Extraction: a due year per clause")
struct YearClausesTests {
  @Test("a year inside a later clause, after its subject, holds from that clause on")
  func split() {
    let sentence = "对东片区现状工业用地予以严格保护,对西片区的工业用地在2032年前予以保留。"[...]
    let pieces = YearClauses.pieces(of: sentence)
    #expect(pieces.map(String.init) == ["对东片区现状工业用地予以严格保护,", "对西片区的工业用地在2032年前予以保留。"])
    let counted = YearClauses.pieces(of: "规上工业企业达到300家,高新技术企业数量在2029年前达到60家。"[...])
    #expect(counted.count == 2)
  }

  @Test("a year that opens its clause, or stands in the first clause, holds for the sentence")
  func whole() {
    for text in [
      "工业投资年均增长8%,到2028年规上工业增加值达到600亿元。", "规上工业营业收入年均增长9%,力争到2028年突破900亿元。",
      "到2028年,规上工业企业达到300家,高新技术企业达到60家。", "全县工业用地在2030年前予以保留,严格控制用途变更。",
      "规上工业企业达到300家,数字化车间覆盖率明显提高。",
    ] {
      #expect(YearClauses.pieces(of: text[...]) == [text[...]])
    }
  }

  @Test("in a draft the earlier clause keeps no year, the later one its own")
  func drafted() throws {
    let lines = [
      "丁山县工业用地保障方案(2024—2035年)", "一、主要任务",
      "(一)保障工业用地。", "对东片区现状工业用地予以严格保护,对西片区的工业用地在2032年前予以保留。",
    ]
    let plan = PlanDrafter(regionID: nil).draft(
      DocumentText(blocks: lines.map { .paragraph($0) }, kind: .text))
    let east = try #require(plan.indicators.first { $0.name.contains("东片区") })
    let west = try #require(plan.indicators.first { $0.name.contains("西片区") })
    #expect(east.goal.target?.year == nil)
    #expect(west.goal.target?.year == 2032)
    #expect(PlanRules.check([plan]).isEmpty)
  }
}
