import PlanModel
import Testing

@testable import PlanImport

/// A counted `分别` head of starting figures whose names an earlier sentence of the paragraph
/// lists after `以` (`CountedIndustryNames.ledList`), on invented passages.
@Suite("Extraction: starting figures of a counted head named by the paragraph's earlier list")
struct LedListStartsTests {
  @Test("the list 以 opens and 为 closes, with as many names as the count")
  func ledList() {
    #expect(
      CountedIndustryNames.ledList(in: "近年来,全区形成了以新能源电池、绿色建材、食品加工为重点的产业格局。", count: 3)
        == ["新能源电池", "绿色建材", "食品加工"])
    #expect(CountedIndustryNames.ledList(in: "形成了以新能源电池、绿色建材为重点的产业格局。", count: 3) == nil)
    #expect(CountedIndustryNames.ledList(in: "坚持以企业为主体。", count: 2) == nil)
  }

  @Test("each chain's starting output, its year the report's")
  func startingOutputs() {
    let plan = draft([
      "某某经济开发区重点产业链工作方案", "一、基本情况",
      "近年来，开发区形成了以新能源电池、绿色建材、食品加工为重点的产业格局。2026年，开发区实现规上工业总产值860亿元；三条重点产业链产值分别为310亿元、190亿元、95亿元。",
      "二、工作目标", "到2028年，规上工业总产值达到1100亿元。",
    ])
    let starts = plan.baselineIndicators.map { ($0.name, $0.baseline.value, $0.baseline.year) }
    for (name, value) in [("新能源电池产业链产值", 310.0), ("绿色建材产业链产值", 190), ("食品加工产业链产值", 95)] {
      #expect(starts.contains { $0.0 == name && $0.1 == value && $0.2 == 2026 }, "\(name)")
    }
  }

  @Test("a count no earlier list matches gives no names")
  func unmatched() {
    let plan = draft([
      "某某经济开发区重点产业链工作方案", "一、基本情况",
      "近年来，开发区形成了以新能源电池、绿色建材为重点的产业格局。2026年，三条重点产业链产值分别为310亿元、190亿元、95亿元。",
    ])
    #expect(!plan.baselineIndicators.contains { $0.name == "新能源电池产业链产值" })
  }
}
