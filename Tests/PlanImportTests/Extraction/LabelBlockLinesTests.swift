import PlanModel
import Testing

@testable import PlanImport

/// A chain's block of labelled fields on one line, parted by `。` — its post, its leading
/// enterprises and its units — before or after the chain's paragraph.
@Suite("Extraction: a chain's block of labelled fields")
struct LabelBlockLinesTests {
  @Test("the block's units, not the post or the enterprises")
  func notes() {
    let notes = LabelBlockLines.notes(
      "链长:市政府副市长。链主企业:乙集团有限公司、丙股份有限公司。牵头单位:市商务局;配合单位:市发展改革委、市科技局。")
    #expect(notes?.lead == ["市商务局"])
    #expect(notes?.responsible == ["市发展改革委", "市科技局"])
    let spaced = LabelBlockLines.notes("链　长:县长。牵头部门:县工信局。协同部门:县财政局")
    #expect(spaced?.lead == ["县工信局"])
    #expect(spaced?.responsible == ["县财政局"])
  }

  @Test("a line with a field of another kind or naming no unit is no block")
  func notBlocks() {
    #expect(LabelBlockLines.notes("链长:市政府副市长。链主企业:乙集团有限公司。") == nil)
    #expect(LabelBlockLines.notes("发展目标:到2028年产值达到300亿元。牵头单位:市工信局。") == nil)
    #expect(LabelBlockLines.notes("牵头单位:市工信局。推动企业开展技术改造,每年实施项目50个。") == nil)
  }

  @Test("before or after the chain's paragraph, the block gives that paragraph its units")
  func beforeOrAfter() {
    let plan = draft([
      "丁市产业链提升行动方案", "二、重点产业链", "(一)新能源电池产业链",
      "链长:市委常委、常务副市长。链主企业:丁能电池有限公司。牵头单位:市工业和信息化局;配合单位:市发展改革委、市商务局。",
      "做强电芯制造,引进正负极材料、隔膜等配套项目,建设电池回收利用基地。", "(二)光伏产业链",
      "推动硅片、电池片、组件一体化发展,建设光伏玻璃项目。",
      "链长:市政府副市长。链主企业:丁阳光伏股份有限公司。牵头单位:市发展改革委;配合单位:市自然资源局。",
    ])
    #expect(plan.measures.map(\.title) == ["新能源电池产业链", "光伏产业链"])
    #expect(plan.measures.map(\.leadUnits) == [["市工业和信息化局"], ["市发展改革委"]])
    #expect(plan.measures.map(\.responsibleUnits) == [["市发展改革委", "市商务局"], ["市自然资源局"]])
  }

  @Test("a block opening a chapter of fields stays its first field")
  func fieldedChapter() {
    let plan = draft([
      "戊市产业链行动方案", "二、重点产业链", "(一)食品产业链",
      "链长:市政府副市长。链主企业:戊粮油集团。牵头单位:市农业农村局;配合单位:市商务局。", "发展目标:到2027年产业链营业收入达到300亿元。",
      "重点环节:做强粮油加工,发展预制菜。",
    ])
    #expect(plan.measures.count == 1)
    #expect(plan.measures.first?.text.hasPrefix("链长:") == true)
    #expect(plan.measures.first?.leadUnits == ["市农业农村局"])
  }
}
