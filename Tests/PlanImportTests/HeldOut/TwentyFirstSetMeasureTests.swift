import PlanModel
import Testing

@testable import PlanImport

/// How the twenty-first held-out set's plans write what is no task — a chain's 链长 line under
/// its heading, a policy's 附则 — on other invented passages.
@Suite("Extraction: measures from the twenty-first held-out set")
struct TwentyFirstSetMeasureTests {
  @Test("a line of labelled posts under a task heading is a note, no task")
  func fieldNoteLines() {
    #expect(FieldNoteLines.isNote("链长：市政府分管工业副市长；链主企业：甲公司、乙公司。"))
    #expect(FieldNoteLines.isNote("链长:副区长;专班:区经信局"))
    #expect(!FieldNoteLines.isNote("聚焦电芯制造，支持链主企业扩产。到2028年营业收入达到500亿元。"))
    #expect(!FieldNoteLines.isNote("链长：副市长；聚焦电芯制造，支持企业扩产，打造500亿级产业链。推进项目建设。"))
    let plan = draft([
      "甲塘市储能产业集群三年行动方案(2026—2028年)", "一、主攻方向", "(一)储能电芯产业链。",
      "链长：市政府分管工业副市长；链主企业：甲塘储能科技有限公司。",
      "聚焦大容量储能电芯，支持链主企业扩产，到2028年营业收入达到300亿元。",
    ])
    #expect(plan.measures.count == 1)
    #expect(plan.measures.first?.text.hasPrefix("聚焦") == true)
  }

  @Test("a policy's 附则 articles are no tasks")
  func closingArticles() {
    let plan = draft([
      "乙北县支持制造业高质量发展若干政策", "一、支持企业技术改造",
      "第一条　支持技术改造。对设备投资500万元以上的技改项目，按投资额的10%给予补助。（牵头单位：县工业和信息化局）",
      "二、附则", "第二条　本政策所需资金由县财政统筹安排。", "第三条　本政策由县工业和信息化局负责解释。",
    ])
    #expect(plan.measures.map(\.title) == ["支持技术改造"])
    #expect(plan.outline.contains { $0.title.hasPrefix("附则") })
  }
}
