import PlanModel
import Testing

@testable import PlanImport

/// Passages the review of session 13's rules found misread, on invented text: each rule keeps
/// to what it was written for.
@Suite("Extraction: session 13's rules kept to their cases")
struct SessionThirteenReviewTests {
  @Test("a bureau's branch names a parent only by a whole city's name")
  func branchParentIsAWholeName() {
    #expect(BranchBureauParent.parent(of: "丁潭县", in: "县发改局会同市生态环境局丁潭分局推进") == nil)
    #expect(BranchBureauParent.parent(of: "丁潭县", in: "责任单位:县发改局、戊屏市生态环境局丁潭分局") == "戊屏市")
  }

  @Test("a place or a word of counting before a scale class names no cluster")
  func classNamesNoPlace() {
    let plan = draft([
      "甲市工业三年行动方案(2026—2028年)", "一、行动目标", "到2028年,全市百亿级产业集群达到3个,新增千亿级产业集群1个。",
    ])
    #expect(!plan.clusters.contains { ["全市", "新增", "市"].contains($0.name) })
  }

  @Test("an amount lends no unit to the 零突破 after it; other enterprises are no grades")
  func zeroAfterAmountAndEnterpriseGrades() {
    let plan = draft([
      "乙市工业三年行动方案(2026—2028年)", "一、行动目标", "到2028年,规上工业产值达到500亿元、上市企业实现零的突破。",
    ])
    let zero = plan.targets.first { $0.goal.qualifiers.contains("零突破") }
    #expect(zero?.goal.unit == "家")
    #expect(LadderCounts.tierName("外资企业", kind: "企业") == nil)
    #expect(LadderCounts.tierName("省级企业", kind: "企业") == "省级企业")
  }

  @Test("a 次 run into a word, a province's part and a work plan's stretch read as written")
  func wordsAsWritten() {
    let subCentres = NumberUnitParser.figures(in: "建设3个次中心")
    #expect(subCentres.first?.unknownUnit != "个次")
    #expect(NumberUnitParser.figures(in: "服务企业1000家次以上").first?.unknownUnit == "家次")
    #expect(ProvinceNames.mentions(of: "河南", in: "河南部分地市") == 1)
    #expect(ProvinceNames.namedWithPart(in: "加快融入省中部城市群") == nil)
    #expect(!OneYearPlan.reportsStretch(ofTitle: "丙市2028年上半年重点工作安排"))
  }

  @Test("a ladder written from the top down opening on a 零突破 is filed broadest first")
  func topDownWithZeroFirst() {
    let plan = draft([
      "丁州市制造强市三年行动方案(2026—2028年)", "一、重点任务",
      "(一)实施优质企业梯度培育工程。到2028年,全市单项冠军企业实现零的突破,国家级专精特新“小巨人”企业达到12家,省级专精特新中小企业达到200家,创新型中小企业达到800家。",
    ])
    let steps = plan.ladders.first?.tiers.map { PlanTextCharacters.unquoted($0.name) } ?? []
    #expect(steps == ["创新型中小企业", "省级专精特新中小企业", "国家级专精特新小巨人企业", "单项冠军企业"])
  }
}
