import PlanModel
import Testing

@testable import PlanImport

/// A field's label spaced out to line up with the lines around it (`链　　长：`, `牵 头 单 位:`).
@Suite("Extraction: labels spaced out to line up")
struct SpacedLabelsTests {
  @Test("a label spaced out is read without its spaces")
  func closed() {
    #expect(SpacedLabels.closed("链　　长：市委书记") == "链长：市委书记")
    #expect(SpacedLabels.closed("副 链 长:分管工业的副市长") == "副链长:分管工业的副市长")
    #expect(SpacedLabels.closed("　　牵 头 单 位：市工信局") == "牵头单位：市工信局")
  }

  @Test("a line opening otherwise stays as it is")
  func notLabels() {
    for line in [
      "推进 项目建设。实行专班推进。", "产业链长 三年:做强龙头", "链长:市委书记", "2026 年目标:达到100亿元",
      "链　　　　　长:市委书记", "推进这项十分重要的工作 任务:…",
    ] {
      #expect(SpacedLabels.closed(line) == line, "\(line)")
    }
  }

  @Test("a chain's spaced label lines give their units to the chain's task, the posts none")
  func chainBlock() {
    let plan = draft([
      "甲市重点产业链链长制工作方案", "三、重点产业链工作安排", "(一)智能装备产业链", "链　　长:市委副书记",
      "副 链 长:分管工业的副市长", "链主企业:甲市重工股份有限公司", "牵头单位:市工业和信息化局", "责任单位:市科技局、市商务局",
      "主要任务:支持整机企业扩大产能,引进关键零部件配套项目。", "(二)生物医药产业链", "链　　长:市委常委、常务副市长",
      "牵头单位:市卫生健康委", "配合单位:市市场监管局", "主要任务:建设生物医药中试平台。",
    ])
    #expect(plan.measures.map(\.title) == ["智能装备产业链", "生物医药产业链"])
    #expect(plan.measures.map(\.leadUnits) == [["市工业和信息化局"], ["市卫生健康委"]])
    #expect(plan.measures.map(\.responsibleUnits) == [["市科技局", "市商务局"], ["市市场监管局"]])
  }
}
